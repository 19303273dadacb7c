package org.presslens.spark;

import java.io.Serializable;
import java.sql.Date;

/**
 * One row per entity per article of the Parquet table {@code entities}, with the article's outlet and date and the
 * sentiment expressed toward the entity (null where the entities analyzer did not compute it).
 */
public class EntityRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String input;
  private String articleId;
  private String outlet;
  private Date published;
  private String month;
  private String entityId;
  private String name;
  private String type;
  private String subtype;
  private Double salience;
  private int mentions;
  private String sentimentLabel;
  private Double sentimentScore;
  private Double sentimentMagnitude;
  private Integer sentimentMentions;

  public String getInput() {
    return input;
  }

  public void setInput(String input) {
    this.input = input;
  }

  public String getArticleId() {
    return articleId;
  }

  public void setArticleId(String articleId) {
    this.articleId = articleId;
  }

  public String getOutlet() {
    return outlet;
  }

  public void setOutlet(String outlet) {
    this.outlet = outlet;
  }

  public Date getPublished() {
    return published;
  }

  public void setPublished(Date published) {
    this.published = published;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public String getEntityId() {
    return entityId;
  }

  public void setEntityId(String entityId) {
    this.entityId = entityId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getSubtype() {
    return subtype;
  }

  public void setSubtype(String subtype) {
    this.subtype = subtype;
  }

  public Double getSalience() {
    return salience;
  }

  public void setSalience(Double salience) {
    this.salience = salience;
  }

  /** Number of mentions naming the entity in the article (pronouns and nominals that refer back to it aside). */
  public int getMentions() {
    return mentions;
  }

  public void setMentions(int mentions) {
    this.mentions = mentions;
  }

  public String getSentimentLabel() {
    return sentimentLabel;
  }

  public void setSentimentLabel(String sentimentLabel) {
    this.sentimentLabel = sentimentLabel;
  }

  public Double getSentimentScore() {
    return sentimentScore;
  }

  public void setSentimentScore(Double sentimentScore) {
    this.sentimentScore = sentimentScore;
  }

  public Double getSentimentMagnitude() {
    return sentimentMagnitude;
  }

  public void setSentimentMagnitude(Double sentimentMagnitude) {
    this.sentimentMagnitude = sentimentMagnitude;
  }

  /** Number of scored mentions the entity's sentiment aggregates. */
  public Integer getSentimentMentions() {
    return sentimentMentions;
  }

  public void setSentimentMentions(Integer sentimentMentions) {
    this.sentimentMentions = sentimentMentions;
  }
}

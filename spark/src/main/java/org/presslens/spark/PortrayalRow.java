package org.presslens.spark;

import java.util.List;

/**
 * One row per entity identity per article of the Parquet table {@code portrayals}: how the article portrays the
 * entity, as presslens-corpus reduces it ({@link org.presslens.corpus.ArticlePortrayal}), with the article's source,
 * outlet and date for grouping. {@link CorpusSql} aggregates it as {@code presslens corpus} does.
 */
public class PortrayalRow extends ArticleColumns {
  private static final long serialVersionUID = 1L;

  private String source;
  private List<String> authors;
  private String entityKey;
  private String type;
  private String name;
  private int mentions;
  private Double salience;
  private Double sentiment;
  private String stance;

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  /** The entity's normalized key ({@code PERSON:vladimir putin}), before corpus-wide surname folding. */
  public String getEntityKey() {
    return entityKey;
  }

  public void setEntityKey(String entityKey) {
    this.entityKey = entityKey;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  /** Mentions of the entity in the article, of every kind. */
  public int getMentions() {
    return mentions;
  }

  public void setMentions(int mentions) {
    this.mentions = mentions;
  }

  public Double getSalience() {
    return salience;
  }

  public void setSalience(Double salience) {
    this.salience = salience;
  }

  /** The author-voice sentiment toward the entity, -1..1, or null. */
  public Double getSentiment() {
    return sentiment;
  }

  public void setSentiment(Double sentiment) {
    this.sentiment = sentiment;
  }

  /** The author's stance toward the entity (FAVOR, AGAINST, NONE), or null. */
  public String getStance() {
    return stance;
  }

  public void setStance(String stance) {
    this.stance = stance;
  }

  /** The article's authors as the report gives them (possibly none), for grouping by author. */
  public List<String> getAuthors() {
    return authors;
  }

  public void setAuthors(List<String> authors) {
    this.authors = authors;
  }
}

package org.presslens.spark;

import java.io.Serializable;
import java.sql.Date;

/**
 * The columns every per-article table ({@code articles}, {@code entities}, {@code results}, {@code portrayals})
 * shares: the input, the article's id ({@code articleId}), outlet, date and month ({@code YYYY-MM}), so that any of
 * them can be grouped on its own or joined with the others on {@code articleId} (or {@code input}).
 */
public abstract class ArticleColumns implements Serializable {
  private static final long serialVersionUID = 1L;

  private String input;
  private String articleId;
  private String outlet;
  private Date published;
  private String month;

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
}

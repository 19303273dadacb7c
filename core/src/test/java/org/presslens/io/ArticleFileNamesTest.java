package org.presslens.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleFileNamesTest {

  @Test
  void articlesHaveAnArticleExtensionOrNoneInAnyCase() {
    assertThat(ArticleFileNames.isArticle("001.txt")).isTrue();
    assertThat(ArticleFileNames.isArticle("page.HTML")).isTrue();
    assertThat(ArticleFileNames.isArticle("a.b.xhtml")).isTrue();
    assertThat(ArticleFileNames.isArticle("article.json")).isTrue();
    assertThat(ArticleFileNames.isArticle("op-ed")).isTrue();
    assertThat(ArticleFileNames.isArticle("data.csv")).isFalse();
    assertThat(ArticleFileNames.isArticle("notes.md")).isFalse();
    assertThat(ArticleFileNames.isArticle("archive.txt.gz")).isFalse();
  }

  @Test
  void hiddenFilesAreNoArticles() {
    assertThat(ArticleFileNames.isHidden(".git")).isTrue();
    assertThat(ArticleFileNames.isArticle(".draft.txt")).isFalse();
    assertThat(ArticleFileNames.isHidden("draft.txt")).isFalse();
  }

  @Test
  void documentationFilesAreNoArticlesWhateverTheirExtensionAndCase() {
    for (String name : new String[] {"README", "README.TXT", "readme.txt", "License", "LICENCE.txt", "COPYING",
        "ChangeLog.text", "NOTICE.html", "readme.en.txt"}) {
      assertThat(ArticleFileNames.isDocumentation(name)).as(name).isTrue();
      assertThat(ArticleFileNames.isArticle(name)).as(name).isFalse();
    }
    for (String name : new String[] {"readmefirst.txt", "licenses-news.txt", "a-readme.txt", "001.txt"}) {
      assertThat(ArticleFileNames.isDocumentation(name)).as(name).isFalse();
    }
    assertThat(ArticleFileNames.hasArticleExtension("README.TXT")).isTrue();
  }
}

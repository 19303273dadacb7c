package org.presslens.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.presslens.io.ArticleReaders;
import org.presslens.io.TestData;
import org.presslens.model.Article;
import org.presslens.model.Repair;

class GluedWordRepairerTest {

  private static final GluedWordRepairer REPAIRER = GluedWordRepairer.english();

  @Test
  void splitsTheGluedWordsOfTheSampleOpEd() {
    assertThat(REPAIRER.split("Russiafor")).contains(new GluedWordRepairer.Split("Russia", "for"));
    assertThat(REPAIRER.split("Jinpingwho")).contains(new GluedWordRepairer.Split("Jinping", "who"));
    assertThat(REPAIRER.split("cosmodromethis")).contains(new GluedWordRepairer.Split("cosmodrome", "this"));
    assertThat(REPAIRER.split("cooperationas")).contains(new GluedWordRepairer.Split("cooperation", "as"));
  }

  @Test
  void leavesRealWordsAndNamesAlone() {
    List<String> words = List.of("Khrushcheva", "Pyongyang", "nonproliferation", "cosmodrome", "multifaceted",
        "Jinping", "Kremlin", "together", "another", "therefore", "understand", "cannot", "without", "Johnson",
        "Washington", "Iceland", "Putin", "Kingston", "Ericsson", "Duncan", "Jonathan", "Mourinho", "Zelensky",
        "Erdogan", "Netanyahu", "Babacan", "Josserand", "Jugnot", "grexit", "whereas", "thereof", "somewhat",
        "insofar", "nevertheless", "webcam", "login", "plugin", "online", "Vostochny", "Okafor", "Lindqvist",
        "TimeWarner", "iPod", "McDonald", "USA", "Khasan", "Tayler", "policymakers", "checkin", "takeover");
    assertThat(words).allSatisfy(w -> assertThat(REPAIRER.split(w)).as(w).isEmpty());
  }

  @Test
  void onlyUniqueStandaloneTokensAreSplit() {
    assertThat(REPAIRER.repair("Trade with Russiafor years. Russiafor is a name here.").repairs()).isEmpty();
    for (String text : List.of("See www.Russiafor.com now.", "A pre-Russiafor era.", "Russiafor-like.", "Its Russiafor2",
        "at @Russiafor today", "Pre_Russiafor")) {
      assertThat(REPAIRER.repair(text).repairs()).as(text).isEmpty();
    }
    RepairedText r = REPAIRER.repair("Trade with Russiafor years; the Kremlinwhich said so.");
    assertThat(r.text()).isEqualTo("Trade with Russia for years; the Kremlin which said so.");
    assertThat(r.repairs()).containsExactly(
        new Repair(11, 21, "Russiafor", "Russia for", Repair.GLUED_WORDS),
        new Repair(33, 46, "Kremlinwhich", "Kremlin which", Repair.GLUED_WORDS));
  }

  @Test
  void repairsAcrossParagraphsCountTokensInTheWholeArticle() {
    List<RepairedText> out = REPAIRER.repairAll(List.of("The Kremlinthe plan.", "Kremlinthe again."));
    assertThat(out).allSatisfy(r -> assertThat(r.repairs()).isEmpty());
  }

  @Test
  void sampleOpEdHasExactlyTheFourRepairs() {
    Article a = ArticleReaders.read(TestData.sampleOpEd());
    assertThat(a.repairs()).extracting(Repair::original)
        .containsExactly("Russiafor", "Jinpingwho", "cosmodromethis", "cooperationas");
    assertThat(a.repairs()).extracting(Repair::replacement)
        .containsExactly("Russia for", "Jinping who", "cosmodrome this", "cooperation as");
    assertThat(a.repairs()).allSatisfy(r -> {
      assertThat(r.kind()).isEqualTo(Repair.GLUED_WORDS);
      assertThat(a.text().substring(r.begin(), r.end())).isEqualTo(r.replacement());
    });
  }

  /**
   * Over 2,225 BBC stories and 66 Webis editorials (which were not scraped from pages with stripped links) almost
   * nothing may be split, and every split must look like a real glue: the glued token occurs nowhere else in the
   * corpus, and its head is a word the corpus also uses on its own.
   */
  @Test
  void fewRepairsOnCleanCorpora() {
    List<Article> bbc = TestData.bbcArticles();
    List<Article> webis = TestData.webisArticles();
    List<Repair> bbcRepairs = bbc.stream().flatMap(a -> a.repairs().stream()).toList();
    List<Repair> webisRepairs = webis.stream().flatMap(a -> a.repairs().stream()).toList();
    assertThat(bbcRepairs).hasSizeLessThanOrEqualTo(4);
    assertThat(webisRepairs).hasSizeLessThanOrEqualTo(2);
    assertThat(bbcRepairs).extracting(Repair::original).contains("justfor", "filethat");

    List<Article> all = new ArrayList<>(bbc);
    all.addAll(webis);
    Map<String, Integer> counts = tokenCounts(all);
    List<Repair> repairs = new ArrayList<>(bbcRepairs);
    repairs.addAll(webisRepairs);
    assertThat(repairs).allSatisfy(r -> {
      String head = r.replacement().substring(0, r.replacement().indexOf(' ')).toLowerCase(Locale.ROOT);
      assertThat(counts.getOrDefault(r.original().toLowerCase(Locale.ROOT), 0)).as(r.original()).isZero();
      assertThat(counts.getOrDefault(head, 0)).as(head).isGreaterThanOrEqualTo(3);
    });
  }

  private static Map<String, Integer> tokenCounts(List<Article> articles) {
    Map<String, Integer> counts = new HashMap<>();
    Pattern letters = Pattern.compile("\\p{L}+");
    for (Article a : articles) {
      Matcher m = letters.matcher(a.text());
      while (m.find()) {
        counts.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
    }
    return counts;
  }
}

package org.presslens.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.presslens.io.TestData;
import org.presslens.model.Article;

class LanguageDetectorTest {

  /** Short paragraphs written for this test. */
  private static final Map<String, String> SAMPLES = Map.ofEntries(
      Map.entry("en", "The city council will vote on the new tram line next week, and the mayor says she is confident."),
      Map.entry("de", "Der Stadtrat wird nächste Woche über die neue Straßenbahnlinie abstimmen, und die Bürgermeisterin "
          + "ist sich sicher, dass sie eine Mehrheit hat."),
      Map.entry("fr", "Le conseil municipal votera la semaine prochaine sur la nouvelle ligne de tramway, et la maire "
          + "pense qu'elle a une majorité pour ce projet."),
      Map.entry("es", "El ayuntamiento votará la próxima semana sobre la nueva línea de tranvía, y la alcaldesa dice "
          + "que tiene una mayoría para el proyecto."),
      Map.entry("it", "Il consiglio comunale voterà la prossima settimana sulla nuova linea del tram, e la sindaca dice "
          + "che ha una maggioranza per il progetto."),
      Map.entry("pt", "A câmara municipal vai votar na próxima semana a nova linha de elétrico, e a presidente diz que "
          + "tem uma maioria para o projeto."),
      Map.entry("nl", "De gemeenteraad stemt volgende week over de nieuwe tramlijn, en de burgemeester zegt dat zij een "
          + "meerderheid heeft voor het plan."),
      Map.entry("sv", "Kommunfullmäktige ska rösta om den nya spårvägen nästa vecka, och borgmästaren säger att hon har "
          + "en majoritet för planen."),
      Map.entry("da", "Byrådet skal stemme om den nye sporvognslinje i næste uge, og borgmesteren siger, at hun har et "
          + "flertal for planen, men det er ikke sikkert."),
      Map.entry("no", "Bystyret skal stemme over den nye trikkelinjen neste uke, og ordføreren sier at hun har flertall "
          + "for planen, men det er ikke sikkert ennå."),
      Map.entry("fi", "Kaupunginvaltuusto äänestää uudesta raitiotiestä ensi viikolla, ja pormestari sanoo että hänellä "
          + "on enemmistö, mutta se ei ole varmaa."),
      Map.entry("pl", "Rada miasta będzie głosować w przyszłym tygodniu nad nową linią tramwajową, a burmistrz mówi, że "
          + "ma większość dla tego projektu."),
      Map.entry("cs", "Městská rada bude příští týden hlasovat o nové tramvajové trati a starostka říká, že má pro tento "
          + "projekt většinu, ale není to jisté."),
      Map.entry("tr", "Belediye meclisi gelecek hafta yeni tramvay hattı için oy verecek ve belediye başkanı bu proje "
          + "için çoğunluğa sahip olduğunu söylüyor."),
      Map.entry("ro", "Consiliul local va vota săptămâna viitoare pentru noua linie de tramvai, iar primarul spune că "
          + "are o majoritate pentru acest proiect."),
      Map.entry("hu", "A városi tanács a jövő héten szavaz az új villamosvonalról, és a polgármester szerint megvan a "
          + "többség, de ez még nem biztos."),
      Map.entry("id", "Dewan kota akan memberikan suara minggu depan tentang jalur trem yang baru, dan wali kota "
          + "mengatakan bahwa dia memiliki mayoritas untuk proyek ini."),
      Map.entry("ru", "Городской совет на следующей неделе проголосует за новую трамвайную линию, и мэр уверена в "
          + "большинстве."),
      Map.entry("uk", "Міська рада наступного тижня проголосує за нову трамвайну лінію, і мер впевнена, що має "
          + "більшість."),
      Map.entry("zh", "市议会将于下周就新的有轨电车线路进行投票，市长表示她有信心获得多数支持。"),
      Map.entry("ja", "市議会は来週、新しい路面電車の路線について投票を行い、市長は過半数を確保していると述べた。"),
      Map.entry("ko", "시의회는 다음 주에 새 트램 노선에 대해 투표할 예정이며 시장은 과반수를 확보했다고 말했다."),
      Map.entry("el", "Το δημοτικό συμβούλιο θα ψηφίσει την επόμενη εβδομάδα για τη νέα γραμμή του τραμ."),
      Map.entry("ar", "سيصوت مجلس المدينة الأسبوع المقبل على خط الترام الجديد وتقول العمدة إنها واثقة."),
      Map.entry("he", "מועצת העיר תצביע בשבוע הבא על קו הרכבת הקלה החדש וראש העיר בטוחה ברוב."),
      Map.entry("hi", "नगर परिषद अगले सप्ताह नई ट्राम लाइन पर मतदान करेगी और महापौर को बहुमत का भरोसा है।"),
      Map.entry("th", "สภาเมืองจะลงคะแนนเสียงเรื่องเส้นทางรถรางสายใหม่ในสัปดาห์หน้า"));

  @Test
  void detectsEachSampleLanguage() {
    SAMPLES.forEach((lang, text) -> assertThat(LanguageDetector.detect(text)).as(lang).isEqualTo(lang));
  }

  @Test
  void shortOrEmptyTextIsUndetermined() {
    assertThat(LanguageDetector.detect(null)).isEqualTo("und");
    assertThat(LanguageDetector.detect("   ")).isEqualTo("und");
    assertThat(LanguageDetector.detect("The mayor said")).isEqualTo("und");
    assertThat(LanguageDetector.detect("12345 67 890 -- !!")).isEqualTo("und");
    assertThat(LanguageDetector.detect("市长")).isEqualTo("und");
    assertThat(LanguageDetector.detect("Xyzzy plugh qwerty asdfgh zxcvbn poiuy")).isEqualTo("und");
  }

  @Test
  void everyBbcArticleIsEnglish() {
    for (Article a : TestData.bbcArticles()) {
      assertThat(a.language()).as(a.source()).isEqualTo("en");
    }
  }

  @Test
  void sampleOpEdIsEnglish() {
    assertThat(org.presslens.io.ArticleReaders.read(TestData.sampleOpEd()).language()).isEqualTo("en");
  }
}

package org.presslens.text;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Frequent function words of Latin-script languages, written for presslens, used by {@link LanguageDetector}. Each
 * profile holds some 40-60 of the most frequent words of the language; words shared between languages are fine
 * because the language with the most hits wins.
 */
final class StopWordProfiles {

  /** Profiles by ISO 639-1 code, in a fixed order (earlier wins a tie). */
  static final Map<String, Set<String>> PROFILES = profiles();

  /** The language codes of {@link #PROFILES}, by index. */
  static final List<String> LANGUAGES = List.copyOf(PROFILES.keySet());

  /** For each word of any profile, the bit set of the languages (indexes into {@link #LANGUAGES}) it belongs to. */
  static final Map<String, Integer> WORD_LANGUAGES = index();

  /** Letters that (among these languages) mostly occur in one language or a close pair; a word with one scores. */
  static final Map<String, String> DISTINCT_LETTERS = Map.ofEntries(
      Map.entry("de", "ß"), Map.entry("es", "ñ¿¡"), Map.entry("pt", "ãõ"), Map.entry("fr", "œèêë"),
      Map.entry("pl", "ąęłśźżń"), Map.entry("cs", "řěůď"), Map.entry("tr", "ğış"), Map.entry("ro", "ășțţ"),
      Map.entry("hu", "őű"), Map.entry("da", "æø"), Map.entry("no", "æø"), Map.entry("sv", "å"),
      Map.entry("fi", "ä"));

  private StopWordProfiles() {
  }

  private static Map<String, Set<String>> profiles() {
    Map<String, Set<String>> p = new LinkedHashMap<>();
    p.put("en", words("the of and to in is that for it as was with be by on not he this are or his from at which but "
        + "have an had they you were their she has her been we will would there who its said when also can if no "
        + "may into after than them about could what our these more some over being us out up all one so just "
        + "do how any such only then very because should where my me him many most now new says like two"));
    p.put("de", words("der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an "
        + "werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur "
        + "oder aber vor zur bis mehr durch sein wurde sei ich wir kann doch schon wenn"));
    p.put("fr", words("de la le et les des en un du une que est pour qui dans par plus pas au sur ne se ce il sont "
        + "avec ont son mais comme aux été elle ou nous vous ils leur cette sa ses était même tout fait aussi je on "
        + "très peut entre sans dont lui ces"));
    p.put("es", words("de la que el en y a los del se las por un para con no una su al lo como más pero sus le ya "
        + "o este sí porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante "
        + "todos uno les ni contra otros ese eso ha es fue son está"));
    p.put("it", words("di e il la che in a per un è del non una i le si con da al della sono ma come anche gli lo "
        + "più nel alla dei se ha delle questo ci mi nella o dal tra cui molto essere ho hanno suo sua loro quando "
        + "dove stato ancora perché degli questa tutto sul"));
    p.put("pt", words("de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele "
        + "das tem à seu sua ou ser quando muito há nos já está eu também só pelo pela até isso ela entre era depois "
        + "sem mesmo aos ter seus quem nas esse eles essa nem"));
    p.put("nl", words("de en van het een in is dat op te zijn die niet met voor er aan ook als om maar bij nog door "
        + "dan naar uit of wordt heeft werd hij ze zich was worden over tot wat kan we al hun geen zo deze dit wel "
        + "moet zal meer ik"));
    p.put("sv", words("och i att det som en på är av för med till den har de inte om ett han men var jag sig från "
        + "vi så kan man när år säger hon under också efter eller nu sina där vid mot ska skulle kommer ut får "
        + "finns vara hade alla andra mycket än här dem blev hur bara sin"));
    p.put("da", words("og i at det er en til af på for der med den de ikke som har et var jeg om han men fra vi så "
        + "kan sig hun blev også efter eller nu ud hvad være skal meget når mod have havde kun os end dem hvis jo "
        + "selv noget mig dig hvor nogle"));
    p.put("no", words("og i det er på som en til å av for med har de ikke at den et var jeg om han men fra vi så "
        + "kan seg hun ble også etter eller nå ut hva være skal mye når mot ha hadde bare oss enn dem hvis jo selv "
        + "noe meg deg hvor noen blir sier mer"));
    p.put("fi", words("ja on ei se että hän oli ovat mutta kun jos niin tai myös kuin sen joka ole olla hänen sitä "
        + "nyt vain jo mukaan vuonna kanssa sekä he me te tämä tässä siitä mitä kaikki olivat voi vielä noin koska "
        + "jotka sitten minä nämä mikä joten eikä saa paljon hyvin vaan kuitenkin"));
    p.put("pl", words("i w na z się nie do to że jest o jak a po od co ale dla tak za jego jej przez są był była "
        + "było być już tylko może oraz czy tym ten ta także przy mnie nas ich które który która lub bardzo gdy "
        + "jednak nawet więc tego tej tych będzie został jako"));
    p.put("cs", words("a se na v je že to s z do o i k by jako ale jsou jsem byl bylo byla být také pro po od tak "
        + "jak jeho její které který která nebo jen už však při podle má mají ještě když tím proto není aby tento "
        + "toto této bude více mezi před pouze kde"));
    p.put("tr", words("ve bir bu da de için ile çok daha ne olarak gibi en o var sonra kadar ama değil olan her "
        + "şey ben sen biz onun ki mi mı diye veya ya yok göre bunu şu ise ancak tüm nasıl neden çünkü hem yani "
        + "oldu olduğu büyük yeni bile şimdi önce"));
    p.put("ro", words("și în de la a cu pe care din nu o un se că este sunt mai pentru ce au al ca fi lui ale sau "
        + "prin după acest această fost dar spre iar între când despre foarte doar unei unui ei el ea noi vor poate "
        + "avea fără cum asupra până"));
    p.put("hu", words("a az és hogy nem is egy meg van de ez csak már még mint volt el azt ki fel ha le be vagy "
        + "mert után nagy sem pedig kell lesz ezt minden így amely aki ami nagyon között szerint lehet vannak "
        + "voltak most majd nincs alatt óta mellett ahol akkor azonban hanem"));
    p.put("id", words("yang dan di ini itu dengan untuk dari dalam tidak akan pada ke juga adalah oleh ada saya "
        + "kami mereka telah bisa atau karena sudah sebagai lebih tersebut kita dia hanya secara bahwa ia belum "
        + "harus para saat seperti namun bagi hingga sangat masih banyak setelah tahun tetapi sehingga kepada "
        + "antara baru"));
    return p;
  }

  private static Map<String, Integer> index() {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < LANGUAGES.size(); i++) {
      int bit = 1 << i;
      for (String word : PROFILES.get(LANGUAGES.get(i))) {
        index.merge(word, bit, (a, b) -> a | b);
      }
    }
    return Map.copyOf(index);
  }

  private static Set<String> words(String spaceSeparated) {
    return Set.copyOf(java.util.Arrays.asList(spaceSeparated.split(" ")));
  }
}

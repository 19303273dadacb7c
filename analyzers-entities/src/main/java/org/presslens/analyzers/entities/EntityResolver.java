package org.presslens.analyzers.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.presslens.analyzers.entities.EntityGroups.Group;
import org.presslens.analyzers.entities.api.EntitiesResult.MentionKind;
import org.presslens.analyzers.entities.api.EntityType;
import org.presslens.model.Article;
import org.presslens.nlp.EntityMention;
import org.presslens.nlp.NlpDocument;

/**
 * Groups the mentions of an article into canonical entities: the candidates ({@link CandidateFinder}) go through
 * named grouping passes over a union-find of groups ({@link EntityGroups}), in this order:
 * <ol>
 *   <li>{@link PlacePass}: demonyms and names the gazetteer knows join their place;</li>
 *   <li>{@link NameKeyPass}: full names and other names join the group of their key;</li>
 *   <li>{@link PersonMergePass}: a shorter full name joins the longer one ("Nina Khrushcheva");</li>
 *   <li>{@link AcronymPass}: "UN" joins "United Nations", "NATO" its well-known long form;</li>
 *   <li>{@link MissedNamePass}: surnames the NER layer missed are added;</li>
 *   <li>{@link ShortNamePass}: one-word names join the nearest full name they are part of;</li>
 *   <li>{@link SameNamePass}: the same name typed differently is one entity, typed by vote.</li>
 * </ol>
 * Each root group becomes one entity; a PERSON the text treats as an organisation is retyped
 * ({@link OrganisationContext}). Pure and thread-safe.
 */
final class EntityResolver {

  /** A resolved mention: char span, text, how it names its entity. */
  record ResolvedMention(int begin, int end, String text, MentionKind kind) {
  }

  /** A resolved entity. */
  record ResolvedEntity(String name, EntityType type, String subtype, List<ResolvedMention> mentions) {
  }

  private static final Pattern FACILITY = Pattern.compile(
      ".*\\b(Airport|Station|Bridge|Cosmodrome|Stadium|Arena|Port|Harbour|Harbor|Base|Palace|Tower|Square|Hospital|"
          + "Prison|Dam|Plant|Building|Center|Centre|Museum|Cathedral|Church|Mosque|Temple|Embassy|Hall|Castle|"
          + "Canal|Highway|Tunnel|Terminal|Power Station|Reactor)$");

  private final CandidateFinder finder = new CandidateFinder();
  private final List<GroupingPass> passes = List.of(new PlacePass(), new NameKeyPass(), new PersonMergePass(),
      new AcronymPass(), new MissedNamePass(), new ShortNamePass(), new SameNamePass());

  List<ResolvedEntity> resolve(Article article, NlpDocument nlp) {
    return resolve(article, nlp, nlp.mentions());
  }

  /** The entities of {@code article} from the name mentions {@code mentions} (the NER layer's, or a tagger's). */
  List<ResolvedEntity> resolve(Article article, NlpDocument nlp, List<EntityMention> mentions) {
    GroupingPass.State state = new GroupingPass.State(new ArrayList<>(finder.find(article, nlp, mentions)),
        new EntityGroups(), nlp);
    for (GroupingPass pass : passes) {
      pass.apply(state);
    }
    List<ResolvedEntity> out = new ArrayList<>();
    for (Group g : state.groups().roots()) {
      out.add(entity(g));
    }
    out = OrganisationContext.retype(out, article.text());
    out.sort(Comparator.comparingInt(e -> e.mentions().get(0).begin()));
    return out;
  }

  /** The entity of a root group: canonical name, type, subtype by vote, mentions in text order without overlaps. */
  static ResolvedEntity entity(Group g) {
    String name = EntityGroups.canonicalName(g);
    EntityType type = EntityGroups.type(g);
    String subtype = null;
    if (type == EntityType.LOCATION) {
      subtype = g.fixedSubtype;
      if (subtype == null) {
        Map<String, Integer> votes = new HashMap<>();
        for (Candidate c : g.members) {
          if (c.subtype != null) {
            votes.merge(c.subtype, 1, Integer::sum);
          }
        }
        subtype = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
      }
      if (subtype == null && FACILITY.matcher(name).matches()) {
        subtype = "FACILITY";
      }
    }
    List<Candidate> members = new ArrayList<>(g.members);
    members.sort(Comparator.comparingInt((Candidate c) -> c.begin));
    List<ResolvedMention> mentions = new ArrayList<>();
    int lastEnd = -1;
    for (Candidate c : members) {
      if (c.begin < lastEnd) {
        continue; // overlapping duplicates
      }
      MentionKind kind = c.kind;
      if (kind == MentionKind.NAME && !c.key.equals(name) && !name.equals(Names.stripThe(c.key))) {
        kind = MentionKind.ALIAS;
      }
      mentions.add(new ResolvedMention(c.begin, c.end, c.text, kind));
      lastEnd = c.end;
    }
    return new ResolvedEntity(name, type, subtype, mentions);
  }
}

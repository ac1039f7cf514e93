package org.statementatlas.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.statementatlas.country.CountryKind;
import org.statementatlas.country.CountryQueries;
import org.statementatlas.country.CountryView;
import org.statementatlas.graphql.batch.Batch;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Every query over signatures: who signed which statement, when and how many, for the read models ({@link
 * SignatureView}), claim checking, statement linking and the statement writes. The companion of {@link
 * StatementQueries}, with the same rules: projections for reads, constant query strings.
 */
public final class SignatureQueries {

    private static final String SIGNATORIES = "select g.statement.id, " + CountryQueries.VIEW
            + ", g.firstListedOn, g.signerTitle, g.disputed, g.sourceUrl, g.note from Signature g join g.country c"
            + " where ids_contain(:ids, g.statement.id) and (cast(:asOf as date) is null or g.firstListedOn <= :asOf)"
            + " order by g.firstListedOn, c.name";

    private static final String SIGNATORY_COUNT = "select g.statement.id, count(g) from Signature g"
            + " where ids_contain(:ids, g.statement.id) and (cast(:asOf as date) is null or g.firstListedOn <= :asOf)"
            + " and (:kind is null or g.country.kind = :kind) group by g.statement.id";

    private static final String SIGNATURE_COUNT = "select count(g) from Signature g where g.statement.id = :id";

    /**
     * The alias kind is a literal: Hibernate lets a parameter in a function's last argument (here coalesce's) take a
     * list, and then translates the query to SQL on every execution.
     */
    private static final String SIGNATORY_LISTS = "select s.id, coalesce(i.name, (select min(x.name) from Country x"
            + " join x.aliases a where a.kind = org.statementatlas.country.AliasKind.CAPITAL and a.text = s.issuedIn)), c.name, c.kind, g.firstListedOn,"
            + " g.disputed from Signature g join g.statement s join g.country c left join s.issuer i where ids_contain(:ids, s.id)";

    private static final String EARLIEST_LISTING = "select min(g.firstListedOn) from Signature g where g.statement = :s";

    private static final String SIGNED_AMONG = "select g.country.code from Signature g where g.statement = :s"
            + " and g.country.code in :codes order by g.country.code";

    private static final String SIGNATURE = "from Signature g where g.statement = :s and g.country.code = :code";

    private static final String SIGNATURES_WITH_COUNTRIES = "from Signature g join fetch g.country c"
            + " where g.statement = :s order by c.code";

    private static final String LISTINGS = "select g.statement.id, c.code, c.kind, g.firstListedOn from Signature g"
            + " join g.country c";

    /** The number of signatures of one statement. */
    static int signatureCount(long id) {
        return em().createQuery(SIGNATURE_COUNT, Long.class).setParameter("id", id).getSingleResult().intValue();
    }

    public static Map<Long, List<SignatureView>> signatories(Set<Long> ids, LocalDate asOf) {
        return Batch.group(em().createQuery(SIGNATORIES, Object[].class).setParameter("ids", Batch.ids(ids))
                .setParameter("asOf", asOf).getResultList(), r -> (Long) r[0],
                r -> new SignatureView((Long) r[0], (CountryView) r[1], (LocalDate) r[2], (String) r[3], (Boolean) r[4],
                        (String) r[5], (String) r[6]));
    }

    /** Each statement's number of signatures, optionally as of a date and of one kind, by statement id. */
    public static Map<Long, Integer> signatoryCounts(Set<Long> ids, LocalDate asOf, CountryKind kind) {
        return Batch.<Long>pairs(em().createQuery(SIGNATORY_COUNT, Object[].class).setParameter("ids", Batch.ids(ids))
                .setParameter("asOf", asOf).setParameter("kind", kind).getResultList()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().intValue()));
    }

    /** One signature as claim checking needs it: who signed, of what kind, first listed when, disputed or not. */
    public record ListedSignatory(String country, CountryKind kind, LocalDate listed, boolean disputed) {
    }

    /**
     * A statement's signatures for claim checking, with its lead signer (null when none): a national statement's
     * issuer, or the host country whose capital a joint statement was issued in.
     */
    public record SignatoryList(String lead, List<ListedSignatory> signatories) {
    }

    /** The signatures and lead signer of each statement, by statement id, in one query. */
    public static Map<Long, SignatoryList> signatoryLists(Set<Long> ids) {
        Map<Long, String> leads = new HashMap<>();
        Map<Long, List<ListedSignatory>> signatories = new HashMap<>();
        // An empty id set still runs the query, so the cost never depends on the data.
        em().createQuery(SIGNATORY_LISTS, Object[].class).setParameter("ids", Batch.ids(ids.isEmpty() ? Set.of(-1L) : ids))
                .getResultList().forEach(r -> {
                    Long id = (Long) r[0];
                    if (r[1] != null) {
                        leads.put(id, (String) r[1]);
                    }
                    signatories.computeIfAbsent(id, k -> new ArrayList<>()).add(new ListedSignatory((String) r[2],
                            (CountryKind) r[3], (LocalDate) r[4], (Boolean) r[5]));
                });
        Map<Long, SignatoryList> lists = new HashMap<>();
        signatories.forEach((id, rows) -> lists.put(id, new SignatoryList(leads.get(id), rows)));
        return lists;
    }

    static LocalDate earliestListing(Statement statement) {
        return em().createQuery(EARLIEST_LISTING, LocalDate.class).setParameter("s", statement).getSingleResult();
    }

    /** Which of the country codes already signed the statement, in code order. */
    static List<String> signedAmong(Statement statement, List<String> codes) {
        return em().createQuery(SIGNED_AMONG, String.class).setParameter("s", statement).setParameter("codes", codes)
                .getResultList();
    }

    /** One country's signature of the statement, to change or delete. */
    static Optional<Signature> signature(Statement statement, String code) {
        return em().createQuery(SIGNATURE, Signature.class).setParameter("s", statement).setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** The statement's signatures with their countries, by country code, to delete. */
    static List<Signature> signaturesWithCountries(Statement statement) {
        return em().createQuery(SIGNATURES_WITH_COUNTRIES, Signature.class).setParameter("s", statement)
                .getResultList();
    }

    /** One signature as statement linking needs it. */
    public record Listing(long statement, String country, CountryKind kind, LocalDate firstListedOn) {
    }

    /** Every signature of every statement. */
    public static List<Listing> listings() {
        return em().createQuery(LISTINGS, Object[].class).getResultList().stream()
                .map(r -> new Listing((Long) r[0], (String) r[1], (CountryKind) r[2], (LocalDate) r[3])).toList();
    }

    private SignatureQueries() {
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}

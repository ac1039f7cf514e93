package org.statementatlas.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.statementatlas.changelog.Edit;
import org.statementatlas.changelog.Edits;
import org.statementatlas.country.Country;
import org.statementatlas.country.CountryCodes;
import org.statementatlas.graphql.error.BadUserInputException;
import org.statementatlas.graphql.error.ConflictException;
import org.statementatlas.graphql.error.NotFoundException;
import org.statementatlas.graphql.input.Dates;
import org.statementatlas.graphql.input.InputText;
import org.statementatlas.graphql.input.InputValidator;
import org.statementatlas.security.GraphQLSecurityErrors;
import org.statementatlas.security.Roles;

/**
 * Editor writes to statements and their signatory lists. Each mutation checks its input completely before it
 * writes anything, runs in one transaction, locks the statement row so that concurrent edits queue instead of
 * interleaving, and records a change-log entry as its last step. Any failure rolls the whole mutation back.
 */
@GraphQLApi
@ApplicationScoped
@GraphQLSecurityErrors
public class StatementMutations {

    private final InputValidator inputs;
    private final Edits edits;
    private final Event<StatementDeletion> deletions;

    StatementMutations(InputValidator inputs, Edits edits, Event<StatementDeletion> deletions) {
        this.inputs = inputs;
        this.edits = edits;
        this.deletions = deletions;
    }

    @Mutation("createStatement")
    @Description("Creates a statement without signatories (add them with addSignatories). Needs the editor role.")
    @RolesAllowed(Roles.EDITOR)
    @Transactional
    public @NonNull CreateStatementPayload createStatement(
            @NonNull @Description("The new statement.") CreateStatementInput input) {
        inputs.validate(input);
        LocalDate issuedOn = Dates.parse(input.issuedOn(), "issuedOn");
        requireFreeSlug(input.slug(), "slug");
        Statement statement = new Statement();
        statement.title = input.title().strip();
        statement.slug = input.slug();
        statement.kind = input.kind();
        statement.issuedOn = issuedOn;
        statement.summary = InputText.stripToNull(input.summary());
        statement.issuedIn = InputText.stripToNull(input.issuedIn());
        statement.persist();
        edits.recordStored("createStatement", Statement.TYPE, statement, () -> Statements.snapshot(statement));
        return new CreateStatementPayload(Statements.view(statement));
    }

    @Mutation("updateStatement")
    @Description("Changes a statement's own fields. Send the version you read as expectedVersion: a stale one writes nothing and fails with CONFLICT. Needs the editor role.")
    @RolesAllowed(Roles.EDITOR)
    @Transactional
    public @NonNull UpdateStatementPayload updateStatement(@NonNull @Description("The changes.") UpdateStatementInput input) {
        inputs.validate(input);
        LocalDate issuedOn = Dates.parse(input.issuedOn(), "issuedOn");
        Edit<Statement> edit = edits.lock(Statements.STATEMENTS, input.id(), "id", input.expectedVersion());
        Statement statement = edit.entity();
        if (input.slug() != null && !input.slug().equals(statement.slug)) {
            requireFreeSlug(input.slug(), "slug");
        }
        if (issuedOn != null) {
            LocalDate earliest = SignatureQueries.earliestListing(statement);
            if (earliest != null && earliest.isBefore(issuedOn)) {
                throw new BadUserInputException("Input field 'issuedOn' is after " + earliest
                        + ", when a signatory was first listed; a statement cannot be signed before it is issued.",
                        "issuedOn");
            }
        }
        Map<String, Object> before = Statements.snapshot(statement);
        if (input.title() != null) {
            statement.title = input.title().strip();
        }
        if (input.summary() != null) {
            statement.summary = InputText.stripToNull(input.summary());
        }
        if (input.slug() != null) {
            statement.slug = input.slug();
        }
        if (input.kind() != null) {
            statement.kind = input.kind();
        }
        if (issuedOn != null) {
            statement.issuedOn = issuedOn;
        }
        if (input.issuedIn() != null) {
            statement.issuedIn = InputText.stripToNull(input.issuedIn());
        }
        edit.record("updateStatement", before, () -> Statements.snapshot(statement));
        return new UpdateStatementPayload(Statements.view(statement));
    }

    @Mutation("addSignatories")
    @Description("Adds countries to a statement's signatory list, all first listed on the same day. Each code must exist and must not have signed already; firstListedOn must not be before the statement's issuedOn. Increments the statement's version. Needs the editor role.")
    @RolesAllowed(Roles.EDITOR)
    @Transactional
    public @NonNull AddSignatoriesPayload addSignatories(
            @NonNull @Description("The signatories to add.") AddSignatoriesInput input) {
        inputs.validate(input);
        LocalDate firstListedOn = Dates.parse(input.firstListedOn(), "firstListedOn");
        Edit<Statement> edit = edits.lock(Statements.STATEMENTS, input.statementId(), "statementId",
                input.expectedVersion());
        Statement statement = edit.entity();

        List<Country> countries = CountryCodes.distinct(input.countryCodes(), "countryCodes");
        List<String> codes = countries.stream().map(c -> c.code).toList();
        List<String> signed = SignatureQueries.signedAmong(statement, codes);
        if (!signed.isEmpty()) {
            throw new BadUserInputException("Input field 'countryCodes': already signatories of this statement: "
                    + String.join(", ", signed) + ".", "countryCodes");
        }
        if (firstListedOn.isBefore(statement.issuedOn)) {
            throw new BadUserInputException("Input field 'firstListedOn' (" + firstListedOn
                    + ") is before the statement was issued (" + statement.issuedOn + ").", "firstListedOn");
        }

        Map<String, Object> before = Map.of("version", statement.version);
        List<Signature> added = new ArrayList<>();
        for (Country country : countries) {
            Signature signature = new Signature();
            signature.statement = statement;
            signature.country = country;
            signature.firstListedOn = firstListedOn;
            signature.sourceUrl = InputText.stripToNull(input.sourceUrl());
            signature.disputed = Boolean.TRUE.equals(input.disputed());
            signature.signerTitle = InputText.stripToNull(input.signerTitle());
            signature.persist();
            added.add(signature);
        }
        // The signatory list is part of the statement: changing it moves the statement to a new version.
        edit.recordNewVersion("addSignatories", before, () -> {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("version", statement.version);
            after.put("added", added.stream().map(Statements::snapshot).toList());
            return after;
        });
        Set<String> addedCodes = Set.copyOf(codes);
        return new AddSignatoriesPayload(Statements.view(statement),
                SignatureQueries.signatories(Set.of(statement.id), null).getOrDefault(statement.id, List.of()).stream()
                        .filter(g -> addedCodes.contains(g.country().code())).toList());
    }

    @Mutation("removeSignatory")
    @Description("Takes one signatory off a statement's list, e.g. one listed by mistake. Increments the statement's version. Needs the editor role.")
    @RolesAllowed(Roles.EDITOR)
    @Transactional
    public @NonNull RemoveSignatoryPayload removeSignatory(
            @NonNull @Description("The signatory to remove.") RemoveSignatoryInput input) {
        inputs.validate(input);
        Edit<Statement> edit = edits.lock(Statements.STATEMENTS, input.statementId(), "statementId",
                input.expectedVersion());
        Statement statement = edit.entity();
        Signature signature = signatureOf(statement, input.countryCode());
        Map<String, Object> before = signatureSnapshot(statement, "removed", signature);
        signature.delete();
        edit.recordNewVersion("removeSignatory", before, () -> Map.of("version", statement.version));
        return new RemoveSignatoryPayload(Statements.view(statement));
    }

    @Mutation("setSignatoryDisputed")
    @Description("Marks one signatory of a statement as disputed (only some sources list it), or clears the mark, with an optional note saying why. Increments the statement's version. Needs the editor role.")
    @RolesAllowed(Roles.EDITOR)
    @Transactional
    public @NonNull SetSignatoryDisputedPayload setSignatoryDisputed(
            @NonNull @Description("The signatory and its new state.") SetSignatoryDisputedInput input) {
        inputs.validate(input);
        Edit<Statement> edit = edits.lock(Statements.STATEMENTS, input.statementId(), "statementId",
                input.expectedVersion());
        Statement statement = edit.entity();
        Signature signature = signatureOf(statement, input.countryCode());
        Map<String, Object> before = signatureSnapshot(statement, "signatory", signature);
        signature.disputed = input.disputed();
        signature.note = InputText.stripToNull(input.note());
        edit.recordNewVersion("setSignatoryDisputed", before, () -> signatureSnapshot(statement, "signatory", signature));
        SignatureView view = SignatureQueries.signatories(Set.of(statement.id), null).getOrDefault(statement.id, List.of())
                .stream().filter(g -> g.country().code().equals(signature.country.code)).findFirst().orElseThrow();
        return new SetSignatoryDisputedPayload(Statements.view(statement), view);
    }

    @Mutation("deleteStatement")
    @Description("Deletes a statement and its signatures. If articles report it, this fails with CONFLICT unless force is true, which also unlinks those articles (they stay). The payload lists what went with it. Needs the editor role.")
    @RolesAllowed(Roles.EDITOR)
    @Transactional
    public @NonNull DeleteStatementPayload deleteStatement(
            @NonNull @Description("The statement to delete.") DeleteStatementInput input) {
        inputs.validate(input);
        Edit<Statement> edit = edits.lock(Statements.STATEMENTS, input.id(), "id", input.expectedVersion());
        Statement statement = edit.entity();
        boolean force = Boolean.TRUE.equals(input.force());
        StatementDeletion deletion = new StatementDeletion(statement, force);
        deletions.fire(deletion);
        List<String> articles = deletion.reportingArticleIds();
        if (!articles.isEmpty() && !force) {
            throw new ConflictException("Statement '" + statement.slug + "' is reported by " + articles.size()
                    + " article(s); delete with force: true to unlink them as well.", null);
        }
        List<Signature> signatures = SignatureQueries.signaturesWithCountries(statement);
        Map<String, Object> before = Statements.snapshot(statement);
        before.put("signatories", signatures.stream().map(Statements::snapshot).toList());
        before.put("unlinkedArticles", articles);
        String id = statement.getGlobalId();
        signatures.forEach(Signature::delete);
        statement.delete();
        edit.recordDeletion("deleteStatement", before);
        return new DeleteStatementPayload(id, signatures.stream().map(g -> g.country.code).toList(), articles);
    }

    /** The statement's signature by the country of a code (any case), or NOT_FOUND. */
    /** The statement's version and one of its signatures, for the change log. */
    private static Map<String, Object> signatureSnapshot(Statement statement, String key, Signature signature) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("version", statement.version);
        map.put(key, Statements.snapshot(signature));
        return map;
    }

    private static Signature signatureOf(Statement statement, String countryCode) {
        String code = CountryCodes.distinct(List.of(countryCode), "countryCode").get(0).code;
        return SignatureQueries.signature(statement, code)
                .orElseThrow(() -> new NotFoundException(code + " is not a signatory of this statement.", "countryCode"));
    }

    private static void requireFreeSlug(String slug, String field) {
        if (Statement.count("slug", slug) > 0) {
            throw new BadUserInputException("Input field '" + field + "': the slug '" + slug + "' is taken.", field);
        }
    }
}

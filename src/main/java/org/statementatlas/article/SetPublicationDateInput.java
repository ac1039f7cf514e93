package org.statementatlas.article;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.Scalar;
import io.smallrye.graphql.api.ToScalar;

/** An article's publication date and how precisely it is known. */
@Description("An article's publication date and how precisely it is known: DATE_TIME takes publishedAt, DATE takes publishedOn, AMBIGUOUS and UNKNOWN take neither.")
@Name("SetPublicationDateInput")
public record SetPublicationDateInput(
        @NonNull @NotNull @Id @Description("Global id of the article.") String articleId,
        @NonNull @NotNull @Description("The article version you read (SourceArticle.version); a stale one writes nothing (CONFLICT).") Integer expectedVersion,
        @NonNull @NotNull @Description("How precisely the date is known.") DatePrecision datePrecision,
        @Description("The day of publication (ISO 8601, a date that exists), for DATE; for DATE_TIME it may be given and must be publishedAt's day.") @ToScalar(Scalar.Date.class) String publishedOn,
        @Description("The time of publication with its offset (ISO 8601, e.g. 2024-01-12T09:30:00+01:00), for DATE_TIME only.") @ToScalar(Scalar.DateTime.class) String publishedAt) {
}

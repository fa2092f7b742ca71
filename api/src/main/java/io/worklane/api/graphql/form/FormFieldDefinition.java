package io.worklane.api.graphql.form;

import io.worklane.domain.form.FormField;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** One question of a form, as GraphQL shows it. */
@Name("FormField")
@Description("A question of a form: how it is shown, answered, checked, and where the answer goes.")
public record FormFieldDefinition(
        @NonNull @Description("The property in a submission.") String key,
        @NonNull @Description("What a front end shows.") String label,
        @Description("Help shown with the field.") String helpText,
        @NonNull @Description("How it is answered.") FormAnswerType type,
        @NonNull @Description("title, description, priority, dueDate or customFields.<key>.") String target,
        @Description("Whether an answer is needed.") boolean required,
        @NonNull @Description("The choices of SELECT and MULTI_SELECT fields.") List<@NonNull String> options,
        @Description("Text answers: fewest characters.") Integer minLength,
        @Description("Text answers: most characters.") Integer maxLength,
        @Description("Number answers: smallest.") Double minimum,
        @Description("Number answers: largest.") Double maximum,
        @Description("Text answers: a regular expression to match whole.") String pattern) {

    static FormFieldDefinition of(FormField f) {
        return new FormFieldDefinition(f.key(), f.label(), f.helpText(), FormAnswerType.of(f.type()), f.target(), f.required(),
                f.options(), f.minLength(), f.maxLength(), f.minimum(), f.maximum(), f.pattern());
    }
}

package fi.pyykkinaru.evaluation;

import fi.pyykkinaru.i18n.LocalizedText;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One of the event's closing questions, in the kiosk's languages. A choice question's options are one per line, in
 * the same order in every language: an answer stores the option's place, so a translation fixed later still counts.
 */
@Table("closing_question")
public record ClosingQuestion(
        @Id @Nullable Long id,
        long eventId,
        int position,
        ClosingKind kind,
        @Embedded.Empty(prefix = "text_") LocalizedText text,
        @Embedded.Nullable(prefix = "options_") @Nullable LocalizedText options,
        boolean required,
        @Version int version) {

    public static final int TEXT_MAX = 400;
    public static final int OPTIONS_MAX = 8;

    public ClosingQuestion {
        if (text.fi().strip().length() > TEXT_MAX || text.sv().length() > TEXT_MAX || text.en().length() > TEXT_MAX) {
            throw new IllegalArgumentException("A closing question is at most " + TEXT_MAX + " characters");
        }
        if (kind == ClosingKind.CHOICE) {
            int count = lines(options == null ? "" : options.fi()).size();
            if (count < 2 || count > OPTIONS_MAX) {
                throw new IllegalArgumentException("A choice question has 2-" + OPTIONS_MAX + " options");
            }
        } else {
            options = null;
        }
    }

    public static ClosingQuestion create(long eventId, int position, ClosingKind kind, LocalizedText text,
            @Nullable LocalizedText options, boolean required) {
        return new ClosingQuestion(null, eventId, position, kind, text, options, required, 0);
    }

    /** The choice's options in {@code locale}; a language with fewer lines borrows the missing ones from Finnish. */
    public List<String> options(Locale locale) {
        if (options == null) {
            return List.of();
        }
        List<String> finnish = lines(options.fi());
        List<String> translated = lines(options.in(locale));
        return java.util.stream.IntStream.range(0, finnish.size())
                .mapToObj(i -> i < translated.size() ? translated.get(i) : finnish.get(i)).toList();
    }

    ClosingQuestion edited(ClosingKind kind, LocalizedText text, @Nullable LocalizedText options, boolean required,
            int basedOn) {
        return new ClosingQuestion(id, eventId, position, kind, text, options, required, basedOn);
    }

    ClosingQuestion at(int position) {
        return new ClosingQuestion(id, eventId, position, kind, text, options, required, version);
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("Closing question not saved yet");
        }
        return id;
    }

    static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}

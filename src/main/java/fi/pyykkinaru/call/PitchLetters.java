package fi.pyykkinaru.call;

import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.printing.PdfFlowDocument;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each pitcher's feedback letter from the jury, in the pitcher's language: per criterion the mean and every member's
 * score, and every comment. Members are numbered in the order they joined the jury ("Jury member 1, 2, …"), the same
 * in every letter of the call, and never named.
 */
@Service
public class PitchLetters {

    private final Calls calls;
    private final Events events;
    private final Pitches pitches;
    private final Jury jury;
    private final JuryScores scores;
    private final Translations translations;

    PitchLetters(Calls calls, Events events, Pitches pitches, Jury jury, JuryScores scores, Translations translations) {
        this.calls = calls;
        this.events = events;
        this.pitches = pitches;
        this.jury = jury;
        this.scores = scores;
        this.translations = translations;
    }

    @Transactional(readOnly = true)
    public byte[] letter(Proposal pitch) {
        Call call = calls.find(pitch.callId()).orElseThrow();
        try (PdfFlowDocument pdf = new PdfFlowDocument(Objects.requireNonNullElse(pitch.title(), ""))) {
            write(pdf, call, event(call), numbering(call), pitch);
            return pdf.bytes();
        }
    }

    /** Every pitch's letter in one PDF, each from a new page, each in its own pitcher's language. */
    @Transactional(readOnly = true)
    public byte[] letters(Call call) {
        Event event = event(call);
        List<Long> numbering = numbering(call);
        try (PdfFlowDocument pdf = new PdfFlowDocument(event.name())) {
            List<Proposal> all = pitches.of(call.requireId());
            for (int i = 0; i < all.size(); i++) {
                if (i > 0) {
                    pdf.space(10_000);
                }
                write(pdf, call, event, numbering, all.get(i));
            }
            return pdf.bytes();
        }
    }

    private void write(PdfFlowDocument pdf, Call call, Event event, List<Long> numbering, Proposal pitch) {
        Locale locale = Translations.supported(Locale.of(pitch.language()));
        List<Review> reviews = new ArrayList<>(scores.ofPitch(pitch.requireId()));
        reviews.sort((a, b) -> Integer.compare(number(numbering, a), number(numbering, b)));
        String title = Objects.requireNonNullElse(pitch.title(), "");
        pdf.title(t(locale, "call.jury.letter.title", title));
        pdf.small(event.name(locale));
        String name = Objects.requireNonNullElse(pitch.responsibleName(), "").strip();
        pdf.paragraph(name.isEmpty() ? t(locale, "call.jury.letter.hello.nameless") : t(locale, "call.jury.letter.hello", name));
        pdf.paragraph(t(locale, "call.jury.letter.greeting", event.name(locale), reviews.size()));
        if (reviews.isEmpty()) {
            pdf.paragraph(t(locale, "call.jury.letter.no-scores"));
        } else {
            pdf.heading(t(locale, "call.jury.letter.scores"), 60);
            pdf.table(table(call, reviews, numbering, locale), shares(reviews.size()));
        }
        pdf.heading(t(locale, "call.jury.letter.comments"), 30);
        List<Review> commented = reviews.stream().filter(r -> r.comment() != null && !r.comment().isBlank()).toList();
        if (commented.isEmpty()) {
            pdf.paragraph(t(locale, "call.jury.letter.no-comments"));
        }
        for (Review review : commented) {
            pdf.paragraph(member(locale, numbering, review) + ": “" + Objects.requireNonNull(review.comment()).strip() + "”");
        }
        pdf.space(8).small(t(locale, "call.jury.letter.footer", event.name(locale)));
    }

    private List<List<String>> table(Call call, List<Review> reviews, List<Long> numbering, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(t(locale, "call.jury.letter.criterion"),
                t(locale, "call.jury.letter.mean")));
        reviews.forEach(review -> header.add(member(locale, numbering, review)));
        rows.add(header);
        NumberFormat mean = NumberFormat.getNumberInstance(locale);
        mean.setMinimumFractionDigits(1);
        mean.setMaximumFractionDigits(1);
        for (Criterion criterion : call.criteria()) {
            List<String> row = new ArrayList<>(List.of(criterion.label().in(locale)));
            List<Integer> given = reviews.stream().map(r -> r.scores().get(criterion.key())).filter(Objects::nonNull)
                    .map(ReviewScore::score).toList();
            row.add(given.isEmpty() ? "–" : mean.format(given.stream().mapToInt(Integer::intValue).average().orElseThrow()));
            reviews.forEach(review -> {
                ReviewScore score = review.scores().get(criterion.key());
                row.add(score == null ? "–" : String.valueOf(score.score()));
            });
            rows.add(row);
        }
        return rows;
    }

    private static float[] shares(int members) {
        float[] shares = new float[members + 2];
        shares[0] = 3.2f;
        shares[1] = 1.1f;
        for (int i = 2; i < shares.length; i++) {
            shares[i] = 1;
        }
        return shares;
    }

    /** The members' ids in the order they joined; a review by a member no longer listed comes after them. */
    private List<Long> numbering(Call call) {
        return jury.of(call.requireId()).stream().sorted((a, b) -> Long.compare(a.requireId(), b.requireId()))
                .map(JuryMember::requireId).toList();
    }

    private static int number(List<Long> numbering, Review review) {
        long id = Long.parseLong(review.reviewer().substring(Review.JURY_PREFIX.length()));
        int index = numbering.indexOf(id);
        return index < 0 ? numbering.size() + 1 : index + 1;
    }

    private String member(Locale locale, List<Long> numbering, Review review) {
        return t(locale, "call.jury.letter.member", number(numbering, review));
    }

    private Event event(Call call) {
        return events.find(call.eventId()).orElseThrow();
    }

    private String t(Locale locale, String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }
}

package fi.pyykkinaru.clothesline;

import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.text.PlainText;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A catalogue entry as an organiser typed it or a file's row holds it, before it is checked and saved. */
public record CatalogueDraft(@Nullable String url, @Nullable String title, @Nullable String summary,
        @Nullable String organisation, @Nullable Region region, @Nullable String themes, @Nullable String imageUrl) {

    static final int URL_MAX = 2000;
    static final int TITLE_MAX = 480;
    static final int SUMMARY_MAX = 4000;
    static final int ORGANISATION_MAX = 400;
    static final int THEMES_MAX = 800;

    public CatalogueDraft {
        url = clean(url);
        title = clean(title);
        summary = clean(summary);
        organisation = clean(organisation);
        themes = clean(themes);
        imageUrl = clean(imageUrl);
    }

    private static @Nullable String clean(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Everything wrong with it, each by its field; none means it can be saved. */
    public List<CatalogueProblem> problems() {
        List<CatalogueProblem> problems = new ArrayList<>();
        if (title == null) {
            problems.add(problem(CatalogueField.TITLE, "catalogue.problem.title-missing"));
        }
        if (url == null) {
            problems.add(problem(CatalogueField.URL, "catalogue.problem.url-missing"));
        } else if (!isWebAddress(url)) {
            problems.add(problem(CatalogueField.URL, "catalogue.problem.url-invalid", url));
        }
        if (imageUrl != null && !isWebAddress(imageUrl)) {
            problems.add(problem(CatalogueField.IMAGE, "catalogue.problem.image-invalid", imageUrl));
        }
        control(problems, CatalogueField.TITLE, title, false);
        control(problems, CatalogueField.SUMMARY, summary, true);
        control(problems, CatalogueField.ORGANISATION, organisation, false);
        control(problems, CatalogueField.THEMES, themes, false);
        tooLong(problems, CatalogueField.URL, url, URL_MAX);
        tooLong(problems, CatalogueField.TITLE, title, TITLE_MAX);
        tooLong(problems, CatalogueField.SUMMARY, summary, SUMMARY_MAX);
        tooLong(problems, CatalogueField.ORGANISATION, organisation, ORGANISATION_MAX);
        tooLong(problems, CatalogueField.THEMES, themes, THEMES_MAX);
        tooLong(problems, CatalogueField.IMAGE, imageUrl, URL_MAX);
        return problems;
    }

    /** The entry to save on the line; call only when there are no {@link #problems()}. */
    CatalogueEntry toEntry(Line line, java.time.Instant now) {
        if (url == null || title == null) {
            throw new IllegalStateException("A catalogue draft with problems: " + problems());
        }
        return CatalogueEntry.create(line, url, title, summary, organisation, region, themes, imageUrl, now);
    }

    /** The entry's values, to edit. */
    public static CatalogueDraft of(CatalogueEntry entry) {
        return new CatalogueDraft(entry.url(), entry.title(), entry.summary(), entry.organisation(), entry.region(),
                entry.themes(), entry.imageUrl());
    }

    /**
     * Only http and https with a host: a QR code on the wall sends phones there, so nothing else (javascript:,
     * file:, a bare word) may pass.
     */
    static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void tooLong(List<CatalogueProblem> problems, CatalogueField field, @Nullable String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(problem(field, "catalogue.problem.too-long", max));
        }
    }

    private static void control(List<CatalogueProblem> problems, CatalogueField field, @Nullable String value,
            boolean multiline) {
        if (value != null && PlainText.hasControlCharacters(value, multiline)) {
            problems.add(problem(field, "catalogue.problem.control"));
        }
    }

    private static CatalogueProblem problem(CatalogueField field, String key, Object... args) {
        return new CatalogueProblem(0, field, key, List.of(args));
    }
}

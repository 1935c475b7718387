package fi.pyykkinaru.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every visible string, in Finnish (the default), Swedish and English, from {@code i18n/messages_*.properties}.
 *
 * <p>Each language also has a plain-language variant for visitors who find the standard text hard: selkokieli
 * (easy Finnish), lättläst svenska and plain English. A variant is a locale with the same language and a variant
 * subtag ({@code fi-selko}, {@code sv-lattlast}, {@code en-plain}; in Java {@code Locale.of("fi", "", "selko")}),
 * and its bundle ({@code messages_fi__selko.properties}) holds only the texts it rewrites: the resource bundle's
 * parent chain supplies the standard text of its language for every other key, so a variant never shows a key
 * missing. The language of a variant is its base language everywhere else ({@code <html lang="fi">}, speech
 * voice, organiser-entered texts, dates).
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale FINNISH = Locale.of("fi");
    public static final Locale SWEDISH = Locale.of("sv");
    public static final Locale ENGLISH = Locale.of("en");
    public static final List<Locale> LOCALES = List.of(FINNISH, SWEDISH, ENGLISH);
    public static final Locale PLAIN_FINNISH = Locale.of("fi", "", "selko");
    public static final Locale PLAIN_SWEDISH = Locale.of("sv", "", "lattlast");
    public static final Locale PLAIN_ENGLISH = Locale.of("en", "", "plain");
    /** In the order of {@link #LOCALES}: the plain variant of each language. */
    public static final List<Locale> PLAIN_LOCALES = List.of(PLAIN_FINNISH, PLAIN_SWEDISH, PLAIN_ENGLISH);

    static final String BUNDLE = "i18n.messages";
    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            String pattern = bundle(locale).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
        } catch (MissingResourceException e) {
            // A missing key must not break a visitor's screen; I18nKeysTest fails the build instead.
            log.warn("Missing translation {} for {}", key, locale);
            return "!" + key;
        }
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, resolved(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The locale whose texts are shown: a known plain variant as it is, otherwise the supported language
     * ({@link #supported}). A variant written in another case ({@code fi-SELKO}) is the same variant.
     */
    public static Locale resolved(Locale locale) {
        return PLAIN_LOCALES.stream()
                .filter(plain -> plain.getLanguage().equals(locale.getLanguage())
                        && plain.getVariant().equalsIgnoreCase(locale.getVariant()))
                .findFirst()
                .orElseGet(() -> supported(locale));
    }

    /** The plain-language variant of a language, if it has one. */
    public static Optional<Locale> plainVariant(Locale language) {
        return PLAIN_LOCALES.stream().filter(plain -> plain.getLanguage().equals(language.getLanguage())).findFirst();
    }

    public static boolean isPlain(Locale locale) {
        return PLAIN_LOCALES.contains(resolved(locale));
    }

    /** The supported language of a locale (its plain variant too), else Finnish. */
    public static Locale supported(Locale locale) {
        return LOCALES.stream()
                .filter(l -> l.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(FINNISH);
    }
}

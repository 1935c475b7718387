package fi.pyykkinaru.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Every visible string, in Finnish (the default), Swedish and English, from {@code i18n/messages_*.properties}. */
@Component
public class Translations implements I18NProvider {

    public static final Locale FINNISH = Locale.of("fi");
    public static final Locale SWEDISH = Locale.of("sv");
    public static final Locale ENGLISH = Locale.of("en");
    public static final List<Locale> LOCALES = List.of(FINNISH, SWEDISH, ENGLISH);

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
        return ResourceBundle.getBundle(BUNDLE, supported(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The supported locale with the same language, else Finnish. */
    public static Locale supported(Locale locale) {
        return LOCALES.stream()
                .filter(l -> l.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(FINNISH);
    }
}

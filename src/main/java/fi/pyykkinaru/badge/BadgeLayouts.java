package fi.pyykkinaru.badge;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Properties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every badge layout: the presets shipped in {@code badges/layouts} and, when the stand has a folder of its own
 * ({@code pyykkinaru.printing.layouts-dir}), the files there, which replace a preset of the same name.
 */
@Component
public class BadgeLayouts {

    private final Map<String, BadgeLayout> layouts = new LinkedHashMap<>();

    BadgeLayouts(@Value("${pyykkinaru.printing.layouts-dir:}") String folder) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            load(resolver.getResources("classpath:badges/layouts/*.properties"));
            if (!folder.isBlank()) {
                load(resolver.getResources("file:" + folder.strip() + "/*.properties"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BadgeLayout get(String id) {
        BadgeLayout layout = layouts.get(id);
        if (layout == null) {
            throw new NoSuchElementException("No badge layout " + id + "; there are " + layouts.keySet());
        }
        return layout;
    }

    public Collection<BadgeLayout> all() {
        return layouts.values();
    }

    private void load(Resource[] files) throws IOException {
        var sorted = new ArrayList<>(java.util.List.of(files));
        sorted.sort(Comparator.comparing(r -> String.valueOf(r.getFilename())));
        for (Resource file : sorted) {
            String id = String.valueOf(file.getFilename()).replaceFirst("\\.properties$", "");
            Properties properties = new Properties();
            try (InputStream in = file.getInputStream(); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            layouts.put(id, BadgeLayout.parse(id, properties));
        }
    }
}

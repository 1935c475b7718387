package fi.pyykkinaru.notice;

import java.util.List;

/**
 * An event's privacy notice as a visitor reads it, in one language: a title, the event's name (blank when the
 * stand has none) and its sections in order, each a heading and its paragraphs.
 */
public record PrivacyNotice(String lang, String title, String eventName, List<Section> sections) {

    /** One part of the notice; {@code id} names it for tests and links ({@code controller}, {@code rights}, …). */
    public record Section(String id, String heading, List<String> paragraphs) {

        public Section {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    public PrivacyNotice {
        sections = List.copyOf(sections);
    }
}

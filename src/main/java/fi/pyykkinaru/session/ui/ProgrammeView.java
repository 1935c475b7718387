package fi.pyykkinaru.session.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.kiosk.KioskLayout;
import fi.pyykkinaru.kiosk.NeedsStand;
import fi.pyykkinaru.kiosk.ThisStand;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.Sessions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The event's programme on the kiosk and on phones: sessions by day and time, each with its QR and feedback. */
@Route(value = "programme", layout = KioskLayout.class)
@AnonymousAllowed
class ProgrammeView extends Div implements LocaleChangeObserver, HasDynamicTitle, NeedsStand {

    final H1 heading = new H1();
    final Div days = new Div();
    private final Event event;
    private final List<Session> programme;
    private final Clock clock;

    ProgrammeView(ThisStand stand, Sessions sessions, Clock clock) {
        this.event = stand.current().event();
        this.programme = sessions.programme(event.requireId());
        this.clock = clock;
        setId("programme");
        addClassName("programme");
        days.addClassName("programme-days");
        add(heading, days);
    }

    @Override
    public void localeChange(LocaleChangeEvent change) {
        heading.setText(getTranslation("feedback.programme"));
        days.removeAll();
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale());
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale());
        Map<LocalDate, List<Session>> byDay = programme.stream().collect(Collectors.groupingBy(
                s -> s.startsAt().atZone(clock.getZone()).toLocalDate(), LinkedHashMap::new, Collectors.toList()));
        byDay.forEach((date, sessions) -> {
            days.add(new H2(day.format(date)));
            sessions.forEach(s -> days.add(card(s, time)));
        });
        if (programme.isEmpty()) {
            days.add(new Span(getTranslation("programme.empty")));
        }
    }

    private Div card(Session session, DateTimeFormatter time) {
        Span when = new Span(time.format(session.startsAt().atZone(clock.getZone())) + "–"
                + time.format(session.endsAt().atZone(clock.getZone()))
                + (session.room() == null ? "" : " · " + session.room()));
        when.addClassName("programme-when");
        H3 title = new H3(session.title());
        Div text = new Div(when, title);
        if (session.organisation() != null) {
            text.add(new Span(session.organisation()));
        }
        // Phones get the light page of their own; a stand screen (html.pk-stand) stays in the kiosk layout, so
        // that each visitor's vote is theirs alone and the idle reset still applies.
        Anchor give = new Anchor("/s/" + session.token(), getTranslation("programme.give-feedback"));
        give.setId("feedback-" + session.token());
        give.addClassNames("programme-feedback", "for-phone");
        give.setRouterIgnore(true);
        Anchor giveHere = new Anchor("feedback/" + session.token(), getTranslation("programme.give-feedback"));
        giveHere.setId("kiosk-feedback-" + session.token());
        giveHere.addClassNames("programme-feedback", "for-stand");
        Anchor results = new Anchor("/s/" + session.token() + "/results", getTranslation("programme.results"));
        results.addClassName("programme-results");
        text.add(new Div(give, giveHere, results));
        Image qr = new Image("/s/" + session.token() + "/qr.png?size=240",
                getTranslation("programme.qr", session.title()));
        qr.addClassName("programme-qr");
        Div card = new Div(text, qr);
        card.addClassName("programme-session");
        card.getElement().setAttribute("data-token", session.token());
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.programme") + " – " + event.name();
    }
}

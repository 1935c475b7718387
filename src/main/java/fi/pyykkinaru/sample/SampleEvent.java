package fi.pyykkinaru.sample;

import static fi.pyykkinaru.clothesline.Ownership.OTHER;
import static fi.pyykkinaru.clothesline.Ownership.OWN;

import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.LineKind;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.clothesline.Ownership;
import fi.pyykkinaru.clothesline.Slip;
import fi.pyykkinaru.clothesline.SlipDraft;
import fi.pyykkinaru.clothesline.SlipVoices;
import fi.pyykkinaru.clothesline.Slips;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.privacy.Privacy;
import fi.pyykkinaru.harvest.Reports;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.event.Theme;
import fi.pyykkinaru.i18n.LocalizedText;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.session.Channel;
import fi.pyykkinaru.session.Feedback;
import fi.pyykkinaru.session.Score;
import fi.pyykkinaru.session.Session;
import fi.pyykkinaru.session.SessionOrigin;
import fi.pyykkinaru.session.SessionTokens;
import fi.pyykkinaru.session.Sessions;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start with an empty database, a sample event running today with three lines and a few slips,
 * so that the README's run command opens on a living wall (slips go up at once, no moderation hold), and a
 * small programme of sessions, one with a few votes, so that feedback can be tried at once.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty(name = "pyykkinaru.sample-event.enabled", matchIfMissing = true)
class SampleEvent implements ApplicationRunner {

    static final String SLUG = "sample";
    private static final Logger log = LoggerFactory.getLogger(SampleEvent.class);
    private static final String STAND = "Esimerkkiosasto";

    private final Events events;
    private final Lines lines;
    private final Slips slips;
    private final Sessions sessions;
    private final Feedback feedback;
    private final Clock clock;

    private final Reports reports;
    private final Privacy privacy;
    private final SlipVoices voices;

    SampleEvent(Events events, Lines lines, Slips slips, Sessions sessions, Feedback feedback, Reports reports,
            Privacy privacy, Clock clock, SlipVoices voices) {
        this.voices = voices;
        this.reports = reports;
        this.privacy = privacy;
        this.events = events;
        this.lines = lines;
        this.slips = slips;
        this.sessions = sessions;
        this.feedback = feedback;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!events.none()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Event event = events.create(Event.create(SLUG, "Innomarkkinat – esimerkkitapahtuma", today, today.plusDays(1),
                "Messukeskus, Helsinki", Translations.LOCALES, ModerationPolicy.PUBLISH, themes()).asSample());
        long eventId = event.requireId();
        Line practices = lines.create(Line.create(eventId, "hyva-kaytanto", LineKind.PRACTICE, new LocalizedText(
                "Ilmianna hyvä käytäntö", "Ange en god praxis", "Report a good practice"), 1));
        Line superpowers = lines.create(Line.create(eventId, "supervoima", LineKind.ANSWER, new LocalizedText(
                "Mikä on supervoimasi?", "Vilken är din superkraft?", "What is your superpower?"), 2));
        Line benchCafe = lines.create(Line.create(eventId, "penkkikahvila", LineKind.ANSWER, new LocalizedText(
                "Penkkikahvila: mitä päättäjien pitäisi kuulla?", "Bänkcafé: vad borde beslutsfattarna höra?",
                "Bench café: what should decision-makers hear?"), 3));

        Slip walkingCafe = practice(practices, "Kävelevä kahvila", "Ikäihmiset ja opiskelijat kävelevät joka tiistai yhdessä lähimetsään ja "
                + "juovat termoskahvit. Yksinäisyys vähenee ja liikunta lisääntyy ilman erillistä palvelua.",
                "Kotikulman yhdistys ry", OTHER, Region.PIRKANMAA, "ikaantyneet", "osallisuus");
        practice(practices, "Perhekeskuksen chat-ilta", "Vanhemmat voivat kysyä arki-iltaisin chatissa perheneuvojalta "
                + "nimettömästi. Yhteydenoton kynnys madaltui selvästi, ja moni ohjautui ajoissa oikeaan apuun.",
                "Pohjois-Savon hyvinvointialue", OWN, Region.POHJOIS_SAVO, "lapset-perheet", "digi");
        practice(practices, "Kokemusasiantuntija ensikäynnillä", "Kokemusasiantuntija on mukana mielenterveyspalvelujen "
                + "ensikäynnillä. Asiakas kokee tulevansa kuulluksi, ja hoitoon sitoudutaan paremmin.",
                null, OTHER, Region.VARSINAIS_SUOMI, "mielenterveys", "osallisuus");
        practice(practices, "Työkokeilu kirjaston asiakaspalvelussa", "Osatyökykyiset nuoret pääsevät työkokeiluun "
                + "kirjaston asiakaspalveluun. Moni on jatkanut opintoihin tai palkkatyöhön.",
                "Rovaniemen kaupunginkirjasto", OTHER, Region.LAPPI, "tyollisyys");
        Slip digitalSupport = practice(practices, "Digituki kauppakeskuksen aulassa", "Digitukihenkilö päivystää kerran viikossa "
                + "kauppakeskuksen aulassa ja auttaa sähköisessä asioinnissa ilman ajanvarausta.",
                "Keski-Suomen digitukiverkosto", OWN, Region.KESKI_SUOMI, "digi", "ikaantyneet");
        Slip languageCafe = practice(practices, "Språkcafé för nyanlända föräldrar", "Föräldrar träffas på biblioteket varje torsdag och "
                + "övar svenska medan barnen leker. Nya vänskaper och mindre ensamhet.",
                "Folkhälsan", OTHER, Region.POHJANMAA, "lapset-perheet", "osallisuus");
        practice(practices, "Vertaistukiryhmä omaishoitajille verkossa", "Omaishoitajat tapaavat videoyhteydellä "
                + "iltaisin, kun hoidettava nukkuu. Ryhmään pääsee kotoa lähtemättä.",
                "Omaishoitajaliitto", OTHER, Region.NATIONAL, "ikaantyneet", "mielenterveys");
        practice(practices, "Peer support on community radio", "Young people host a weekly radio show about coping "
                + "with stress, with a youth worker on call during the broadcast.", "Radio Tallinn Youth", OTHER,
                Region.ABROAD, "mielenterveys");
        // Visitors who found their practice already on the line and added their voice instead of a second slip.
        voices.addToSlip(walkingCafe.requireId(), "Meillä Lempäälässä sama idea, ja porukka kasvaa joka viikko.", STAND);
        voices.addToSlip(walkingCafe.requireId(), null, STAND);
        voices.addToSlip(walkingCafe.requireId(), "Tätä kannattaisi kokeilla myös kaupunginosissa.", STAND);
        voices.addToSlip(digitalSupport.requireId(), "Sama meillä kirjastossa – jonoa riittää!", STAND);
        voices.addToSlip(digitalSupport.requireId(), null, STAND);
        voices.addToSlip(languageCafe.requireId(), "Vi gör likadant i Jakobstad, på lördagar.", STAND);

        answer(superpowers, "Kuuntelen loppuun asti", Region.HELSINKI);
        answer(superpowers, "Saan kokouksen nauramaan", Region.ETELA_KARJALA);
        answer(superpowers, "Osaan tehdä Excelin pivot-taulukot", null);
        answer(superpowers, "Jag hittar alltid en parkeringsplats", Region.ITA_UUSIMAA);
        answer(superpowers, "I can calm a crying toddler in a minute", null);

        answer(benchCafe, "Iltaisin lisää bussivuoroja, muuten en pääse harrastuksiin.", Region.KAINUU);
        answer(benchCafe, "Terveysasemalle pitää päästä soittamatta aamukahdeksalta.", Region.VANTAA_KERAVA);
        answer(benchCafe, "Kirjastot auki myös sunnuntaisin.", Region.SATAKUNTA);
        answer(benchCafe, "Nuorille oma tila, jossa ei tarvitse ostaa mitään.", Region.KYMENLAAKSO);
        programme(eventId, today);
        // The production team that follows the reports up, as on paper: three members taking turns.
        reports.addMember(eventId, "Aino Toimittaja", "aino.toimittaja@example.fi");
        reports.addMember(eventId, "Bertil Redaktör", "bertil.redaktor@example.fi");
        reports.addMember(eventId, "Celia Editor", "celia.editor@example.fi");
        privacy.setRetentionDays(eventId, 180);
        log.info("Created the sample event {}", event.name());
    }

    private void programme(long eventId, LocalDate today) {
        ZoneId zone = clock.getZone();
        Session opening = session(eventId, today.atTime(9, 0).atZone(zone), 45, "Avaus: hyvinvointia yhdessä",
                "Päälava", "Pyykkinaru-tiimi", SessionOrigin.ORGANISER,
                "Tapahtuman avaus ja päivän teemat: mitä hyvää on ilmiannettu vuoden aikana.");
        session(eventId, today.atTime(10, 0).atZone(zone), 60, "Kokemusasiantuntijat palvelujen kehittäjinä",
                "Sali A", "Kokemusasiantuntijaverkosto", SessionOrigin.OPEN_CALL,
                "Miten kokemusasiantuntija otetaan mukaan jo suunnitteluun? Työpaja, jossa kokeillaan yhdessä.");
        session(eventId, today.atTime(10, 0).atZone(zone), 45, "Digituki lähellä ihmistä", "Sali B",
                "Keski-Suomen digitukiverkosto", SessionOrigin.OPEN_CALL,
                "Kolme kuntaa kertoo, miten digituki vietiin kirjastoihin, kauppoihin ja koteihin.");
        session(eventId, today.atTime(13, 0).atZone(zone), 60, "Penkkikahvila: kysy päättäjältä", "Pyykkinaru-osasto",
                "Hyvinvointialueen osallisuustiimi", SessionOrigin.ORGANISER,
                "Päättäjät istuvat penkillä ja kuuntelevat. Tulokset välitetään aluevaltuustolle.");
        session(eventId, today.atTime(14, 30).atZone(zone), 45, "Social innovation across the Baltic Sea", "Sali A",
                "Nordic Welfare Lab", SessionOrigin.OPEN_CALL,
                "Peer learning between Finnish, Estonian and Swedish welfare innovators. In English.");
        int[] sampleVotes = {2, 2, 1, 1, 1, 0, 2, -1};
        for (int i = 0; i < sampleVotes.length; i++) {
            feedback.vote(opening, "sample:" + i, Score.of(sampleVotes[i]), i % 2 == 0 ? Channel.KIOSK : Channel.PHONE);
        }
    }

    private Session session(long eventId, ZonedDateTime start, int minutes, String title, String room,
            String organisation, SessionOrigin origin, String description) {
        return sessions.save(new Session(null, eventId, SessionTokens.next(), title, description, start.toInstant(),
                start.plusMinutes(minutes).toInstant(), room, null, null, organisation, origin,
                title.startsWith("Social") ? "en" : "fi", 0));
    }

    private Slip practice(Line line, String title, String body, @Nullable String organisation, Ownership ownership,
            Region region, String... themes) {
        return slips.peg(line.requireId(), new SlipDraft(title, body, organisation, ownership, region, Set.of(themes),
                null, null, null, false), STAND);
    }

    private void answer(Line line, String text, @Nullable Region region) {
        slips.peg(line.requireId(), SlipDraft.answer(text, null, region), STAND);
    }

    private static List<Theme> themes() {
        return List.of(
                new Theme("mielenterveys", new LocalizedText("Mielenterveys", "Psykisk hälsa", "Mental health")),
                new Theme("ikaantyneet", new LocalizedText("Ikääntyneet", "Äldre", "Older people")),
                new Theme("lapset-perheet", new LocalizedText("Lapset ja perheet", "Barn och familjer",
                        "Children and families")),
                new Theme("osallisuus", new LocalizedText("Osallisuus", "Delaktighet", "Participation")),
                new Theme("digi", new LocalizedText("Digitaaliset palvelut", "Digitala tjänster", "Digital services")),
                new Theme("tyollisyys", new LocalizedText("Työllisyys", "Sysselsättning", "Employment")));
    }
}

package fi.pyykkinaru.sample;

import static fi.pyykkinaru.clothesline.Ownership.OTHER;
import static fi.pyykkinaru.clothesline.Ownership.OWN;

import fi.pyykkinaru.clothesline.Catalogue;
import fi.pyykkinaru.clothesline.CatalogueDraft;
import fi.pyykkinaru.clothesline.CatalogueEntry;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.LineKind;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.clothesline.Ownership;
import fi.pyykkinaru.clothesline.Slip;
import fi.pyykkinaru.clothesline.SlipDraft;
import fi.pyykkinaru.clothesline.SlipVoices;
import fi.pyykkinaru.clothesline.Slips;
import fi.pyykkinaru.evaluation.ClosingKind;
import fi.pyykkinaru.evaluation.ClosingQuestion;
import fi.pyykkinaru.evaluation.ClosingQuestions;
import fi.pyykkinaru.evaluation.ClosingReply;
import fi.pyykkinaru.evaluation.EventGoal;
import fi.pyykkinaru.evaluation.GoalStatus;
import fi.pyykkinaru.evaluation.Goals;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.privacy.Privacy;
import fi.pyykkinaru.harvest.BenchBriefs;
import fi.pyykkinaru.harvest.Reports;
import fi.pyykkinaru.event.ModerationPolicy;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.event.Theme;
import fi.pyykkinaru.i18n.LocalizedText;
import fi.pyykkinaru.i18n.Translations;
import fi.pyykkinaru.session.AnswerDetails;
import fi.pyykkinaru.session.Attendance;
import fi.pyykkinaru.session.Attendances;
import fi.pyykkinaru.session.Channel;
import fi.pyykkinaru.session.Feedback;
import fi.pyykkinaru.session.Questions;
import fi.pyykkinaru.session.SessionQuestion;
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
 * small programme of sessions, two with votes and three with attendance counted (and the visitors estimated), so
 * that feedback and its response rates can be tried at once.
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
    private final Attendances attendances;
    private final Questions questions;
    private final Clock clock;

    private final Reports reports;
    private final Privacy privacy;
    private final BenchBriefs briefs;
    private final Catalogue catalogue;
    private final ClosingQuestions closing;
    private final Goals goals;
    private final SlipVoices voices;

    SampleEvent(Events events, Lines lines, Slips slips, Sessions sessions, Feedback feedback, Attendances attendances,
            Questions questions, Reports reports, Privacy privacy, BenchBriefs briefs, Catalogue catalogue,
            ClosingQuestions closing, Goals goals, SlipVoices voices, Clock clock) {
        this.attendances = attendances;
        this.questions = questions;
        this.catalogue = catalogue;
        this.closing = closing;
        this.goals = goals;
        this.voices = voices;
        this.reports = reports;
        this.briefs = briefs;
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
        // Beside the visitors' reports, where a stand's screen shows it without scrolling.
        Line catalogueLine = lines.create(Line.create(eventId, "luettelo", LineKind.CATALOGUE, new LocalizedText(
                "Jo luettelossa: kuvatut käytännöt", "Redan i katalogen: beskrivna praxis",
                "Already in the catalogue: documented practices"), 2));
        Line superpowers = lines.create(Line.create(eventId, "supervoima", LineKind.ANSWER, new LocalizedText(
                "Mikä on supervoimasi?", "Vilken är din superkraft?", "What is your superpower?"), 3));
        // A question line that asks for themes too, so that its brief can be summed up theme by theme.
        Line benchCafe = lines.create(new Line(null, eventId, "penkkikahvila", LineKind.ANSWER, new LocalizedText(
                "Penkkikahvila: mitä päättäjien pitäisi kuulla?", "Bänkcafé: vad borde beslutsfattarna höra?",
                "Bench café: what should decision-makers hear?"), null, 4, true, true, true, 0));

        CatalogueEntry walkingCafe = catalogue(catalogueLine);

        Slip walking = practice(practices, "Kävelevä kahvila", "Ikäihmiset ja opiskelijat kävelevät joka tiistai yhdessä lähimetsään ja "
                + "juovat termoskahvit. Yksinäisyys vähenee ja liikunta lisääntyy ilman erillistä palvelua.",
                "Kotikulman yhdistys ry", OTHER, Region.PIRKANMAA, "ikaantyneet", "osallisuus");
        // A visitor's report of a practice the catalogue has: the wall says so and opens the entry from the slip.
        catalogue.link(walking.requireId(), walkingCafe.requireId());
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
        voices.addToSlip(walking.requireId(), "Meillä Lempäälässä sama idea, ja porukka kasvaa joka viikko.", STAND);
        voices.addToSlip(walking.requireId(), null, STAND);
        voices.addToSlip(walking.requireId(), "Tätä kannattaisi kokeilla myös kaupunginosissa.", STAND);
        voices.addToSlip(digitalSupport.requireId(), "Sama meillä kirjastossa – jonoa riittää!", STAND);
        voices.addToSlip(digitalSupport.requireId(), null, STAND);
        voices.addToSlip(languageCafe.requireId(), "Vi gör likadant i Jakobstad, på lördagar.", STAND);

        answer(superpowers, "Kuuntelen loppuun asti", Region.HELSINKI);
        answer(superpowers, "Saan kokouksen nauramaan", Region.ETELA_KARJALA);
        answer(superpowers, "Osaan tehdä Excelin pivot-taulukot", null);
        answer(superpowers, "Jag hittar alltid en parkeringsplats", Region.ITA_UUSIMAA);
        answer(superpowers, "I can calm a crying toddler in a minute", null);

        Slip bus = answer(benchCafe, "Iltaisin lisää bussivuoroja, muuten en pääse harrastuksiin.", Region.KAINUU,
                "osallisuus");
        Slip clinic = answer(benchCafe, "Terveysasemalle pitää päästä soittamatta aamukahdeksalta.",
                Region.VANTAA_KERAVA, "digi", "ikaantyneet");
        answer(benchCafe, "Kirjastot auki myös sunnuntaisin.", Region.SATAKUNTA, "osallisuus");
        Slip youth = answer(benchCafe, "Nuorille oma tila, jossa ei tarvitse ostaa mitään.", Region.KYMENLAAKSO,
                "osallisuus", "mielenterveys");
        answer(benchCafe, "Omaishoitajan vapaapäivä ei saa kaatua sijaisen puutteeseen.", Region.POHJOIS_KARJALA,
                "ikaantyneet");
        answer(benchCafe, "Koulupsykologille pääsy viikossa, ei kolmessa kuukaudessa.", Region.PIRKANMAA,
                "mielenterveys", "lapset-perheet");
        answer(benchCafe, "Mer stöd på svenska i socialservicen.", Region.POHJANMAA, "osallisuus");
        // A brief already begun, as an organiser leaves it: three quotes in the order to be read, two themes summed up.
        briefs.pick(benchCafe, youth.requireId());
        briefs.pick(benchCafe, bus.requireId());
        briefs.pick(benchCafe, clinic.requireId());
        briefs.summarise(benchCafe, "osallisuus", "Nuoret ja harrastajat pyytävät paikkoja ja kulkuyhteyksiä, joissa voi "
                + "olla mukana ilman rahaa ja autoa. Toive toistui kaikilla alueilla.");
        briefs.summarise(benchCafe, "ikaantyneet", "Palveluihin pitää päästä ilman aamukahdeksan puhelinruuhkaa; "
                + "omaishoitajat tarvitsevat varman sijaisen vapaapäivilleen.");
        programme(eventId, today);
        evaluation(eventId);
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
        Session experts = session(eventId, today.atTime(10, 0).atZone(zone), 60,
                "Kokemusasiantuntijat palvelujen kehittäjinä",
                "Sali A", "Kokemusasiantuntijaverkosto", SessionOrigin.OPEN_CALL,
                "Miten kokemusasiantuntija otetaan mukaan jo suunnitteluun? Työpaja, jossa kokeillaan yhdessä.");
        Session digi = session(eventId, today.atTime(10, 0).atZone(zone), 45, "Digituki lähellä ihmistä", "Sali B",
                "Keski-Suomen digitukiverkosto", SessionOrigin.OPEN_CALL,
                "Kolme kuntaa kertoo, miten digituki vietiin kirjastoihin, kauppoihin ja koteihin.");
        session(eventId, today.atTime(13, 0).atZone(zone), 60, "Penkkikahvila: kysy päättäjältä", "Pyykkinaru-osasto",
                "Hyvinvointialueen osallisuustiimi", SessionOrigin.ORGANISER,
                "Päättäjät istuvat penkillä ja kuuntelevat. Tulokset välitetään aluevaltuustolle.");
        session(eventId, today.atTime(14, 30).atZone(zone), 45, "Social innovation across the Baltic Sea", "Sali A",
                "Nordic Welfare Lab", SessionOrigin.OPEN_CALL,
                "Peer learning between Finnish, Estonian and Swedish welfare innovators. In English.");
        // As in the seeds: 29 answers from 13 on site and 16 following the stream, the remote ones from around Finland.
        int[] onSite = {2, 2, 1, 1, 1, 0, 2, -1, 1, 2, 1, 0, 1};
        for (int i = 0; i < onSite.length; i++) {
            vote(opening, "sample:" + i, onSite[i], i % 2 == 0 ? Channel.KIOSK : Channel.PHONE, Attendance.ON_SITE, null);
        }
        int[] remote = {1, 1, 2, 0, 1, -1, 1, 2, 0, 1, 1, 2, 0, 1, -2, 1};
        Region[] regions = {Region.LAPPI, Region.KAINUU, Region.POHJOIS_SAVO, Region.LAPPI, Region.PIRKANMAA,
            Region.KESKI_SUOMI, Region.POHJOIS_SAVO, Region.LAPPI, Region.POHJANMAA, Region.KAINUU, Region.LAPPI,
            Region.VARSINAIS_SUOMI, Region.PIRKANMAA, Region.POHJOIS_SAVO, Region.SATAKUNTA, Region.ABROAD};
        for (int i = 0; i < remote.length; i++) {
            vote(opening, "sample:remote:" + i, remote[i], Channel.PHONE, Attendance.REMOTE, regions[i]);
        }
        attendances.enter(opening, 140, 60, 0);
        int[] workshop = {2, 1, 2, 1, 0, 2};
        for (int i = 0; i < workshop.length; i++) {
            vote(experts, "sample:workshop:" + i, workshop[i], Channel.KIOSK, null, null);
        }
        feedback.count(experts, Channel.PAPER, Score.P2, 3);
        feedback.count(experts, Channel.PAPER, Score.P1, 2);
        attendances.enter(experts, 38, null, 0);
        attendances.enter(digi, 25, 18, 0);
        attendances.setVisitors(eventId, 300);
        sampleQuestions(experts);
    }

    private void vote(Session session, String voter, int score, Channel channel, @Nullable Attendance attended,
            @Nullable Region region) {
        var answer = feedback.vote(session, voter, Score.of(score), channel);
        if (attended != null || region != null) {
            feedback.addDetails(answer.id(), new AnswerDetails(null, region, null, attended));
        }
    }

    /** A workshop's questions as a chair sees them mid-session: one taken up now, one answered, others voted up. */
    private void sampleQuestions(Session session) {
        SessionQuestion pay = questions.ask(session, "sample:asker:1",
                "Miten kokemusasiantuntijoiden palkkiot on järjestetty teillä?");
        SessionQuestion start = questions.ask(session, "sample:asker:2",
                "Missä vaiheessa kokemusasiantuntija kannattaa ottaa mukaan, jos hanke on jo käynnissä?");
        SessionQuestion training = questions.ask(session, "sample:asker:3",
                "Vad krävs av utbildningen för erfarenhetsexperter?");
        questions.ask(session, "sample:asker:4", "Onko teillä kokemuksia etäosallistumisesta työpajoihin?");
        int[] votes = {7, 4, 2};
        SessionQuestion[] voted = {pay, start, training};
        for (int q = 0; q < voted.length; q++) {
            for (int v = 0; v < votes[q]; v++) {
                questions.upvote(session, voted[q].requireId(), "sample:voter:" + v);
            }
        }
        questions.markAnswered(session, pay.requireId(), true);
        questions.star(session, start.requireId(), true);
    }

    /**
     * The event's own closing questions with a few answers, and its sub-goals, one of them already marked, so that
     * the evaluation page and its report show what they are for.
     */
    private void evaluation(long eventId) {
        ClosingQuestion needs = closing.add(eventId, ClosingKind.SCALE, new LocalizedText(
                "Vastasiko päivä tarpeitasi?", "Motsvarade dagen dina behov?", "Did the day meet your needs?"),
                null, true);
        ClosingQuestion heard = closing.add(eventId, ClosingKind.CHOICE, new LocalizedText(
                "Mistä kuulit tapahtumasta?", "Var hörde du om evenemanget?", "Where did you hear about the event?"),
                new LocalizedText("Työpaikalta\nSosiaalisesta mediasta\nUutiskirjeestä\nKaverilta",
                        "På jobbet\nI sociala medier\nI ett nyhetsbrev\nAv en vän",
                        "At work\nOn social media\nIn a newsletter\nFrom a friend"), false);
        ClosingQuestion tips = closing.add(eventId, ClosingKind.TEXT, new LocalizedText(
                "Vinkkejä järjestäjille?", "Tips till arrangörerna?", "Tips for the organisers?"), null, false);
        Object[][] answers = {
                {2, 0, "Lisää istumapaikkoja penkkikahvilaan."}, {1, 1, null}, {1, 0, "Ohjelma voisi olla netissä jo viikkoa ennen."},
                {2, 2, null}, {0, 1, "Kahvi loppui kesken iltapäivällä."}, {1, 3, null}, {-1, 0, "Sali B oli liian pieni."}};
        for (int i = 0; i < answers.length; i++) {
            closing.answer(eventId, "sample:closing:" + i, java.util.Map.of(
                    needs.requireId(), new ClosingReply((Integer) answers[i][0], null),
                    heard.requireId(), new ClosingReply((Integer) answers[i][1], null),
                    tips.requireId(), new ClosingReply(null, (String) answers[i][2])),
                    (i % 2 == 0 ? Channel.KIOSK : Channel.PHONE).name());
        }
        EventGoal practices = goals.add(eventId, "Kerätään vähintään 15 ilmiantoa hyvistä käytännöistä julkaistavaksi.");
        goals.mark(practices.requireId(), practices.version(), GoalStatus.PARTLY,
                "Narulla on 17 lappua, mutta niistä käytäntöjä on 8: toinen puolikas kerätään syksyn kiertueella.",
                List.of("slips"));
        EventGoal useful = goals.add(eventId, "Osallistujat kokevat päivän hyödylliseksi (keskiarvo vähintään +0,5).");
        goals.mark(useful.requireId(), useful.version(), GoalStatus.MET,
                "Loppukysymyksen keskiarvo ylitti tavoitteen, ja avauksen palaute oli selvästi myönteinen.",
                List.of("closing:" + needs.requireId(), "feedback-answers"));
        goals.add(eventId, "Tavoitamme vähintään 300 kävijää, joista kolmannes hyvinvointialueilta.");
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

    /**
     * Eight entries as a catalogue of practices would have them (example.org addresses: the sample sends no phone
     * to a real site that might not expect it). Returns the walking café, which a visitor's report also names.
     */
    private CatalogueEntry catalogue(Line line) {
        String base = "https://example.org/kaytannot/";
        CatalogueEntry walkingCafe = entry(line, base + "kaveleva-kahvila", "Kävelevä kahvila", "Ikäihmiset ja "
                + "opiskelijat kävelevät viikoittain yhdessä lähimetsään. Arvioinnissa yksinäisyyden kokemus väheni puolella "
                + "osallistujista.", "Kotikulman yhdistys ry", Region.PIRKANMAA, "yksinäisyys, liikunta, sukupolvet");
        entry(line, base + "lukulahettilaat", "Lukulähettiläät", "Vapaaehtoiset lukevat lasten kanssa kirjastoissa ja "
                + "neuvoloissa. Lukuhetkiä oli vuodessa yli 1 200.", "Lukukeskus", Region.NATIONAL, "lukutaito, lapset, "
                + "vapaaehtoistyö");
        entry(line, base + "omaishoitajan-vapaapaiva", "Omaishoitajan vapaapäivä kotiin", "Sijaishoitaja tulee kotiin, "
                + "jotta omaishoitaja pääsee lepäämään. Palvelu varataan sähköisesti.", "Keski-Suomen hyvinvointialue",
                Region.KESKI_SUOMI, "omaishoito, jaksaminen");
        entry(line, base + "nuorten-matalan-kynnyksen-piste", "Matalan kynnyksen piste nuorille", "Nuori pääsee "
                + "juttelemaan ammattilaisen kanssa ilman ajanvarausta kauppakeskuksessa.", "Vantaan ja Keravan "
                + "hyvinvointialue", Region.VANTAA_KERAVA, "mielenterveys, nuoret");
        entry(line, base + "kylien-digitupa", "Kylien digitupa", "Kyläkoululla kokoontuva digitupa auttaa "
                + "sähköisissä palveluissa. Opastajina toimivat koululaiset.", "Kainuun kylät ry", Region.KAINUU,
                "digituki, sukupolvet");
        entry(line, base + "sprakvan", "Språkvän för nyanlända", "Frivilliga träffar nyanlända en gång i veckan för "
                + "att prata svenska i vardagen.", "Röda Korset i Österbotten", Region.POHJANMAA, "integration, språk");
        entry(line, base + "ruokakassi-ja-neuvonta", "Ruokakassi ja neuvonta samasta ovesta", "Ruoka-avun jonossa "
                + "on tarjolla myös talous- ja velkaneuvontaa.", "Turun seudun diakonia", Region.VARSINAIS_SUOMI,
                "köyhyys, neuvonta");
        entry(line, base + "peer-led-sport", "Peer-led sport for refugee youth", "Young refugees coach each other in "
                + "football and futsal; coaches are trained in three weekends.", "Nordic Sport Network", Region.ABROAD,
                "sport, youth, integration");
        return walkingCafe;
    }

    private CatalogueEntry entry(Line line, String url, String title, String summary, String organisation,
            Region region, String themes) {
        return catalogue.add(line, new CatalogueDraft(url, title, summary, organisation, region, themes, null));
    }

    private void answer(Line line, String text, @Nullable Region region) {
        slips.peg(line.requireId(), SlipDraft.answer(text, null, region), STAND);
    }

    private Slip answer(Line line, String text, Region region, String... themes) {
        return slips.peg(line.requireId(), SlipDraft.answer(text, null, region, Set.of(themes)), STAND);
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

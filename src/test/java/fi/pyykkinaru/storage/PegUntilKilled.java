package fi.pyykkinaru.storage;

import fi.pyykkinaru.Application;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.clothesline.Slip;
import fi.pyykkinaru.clothesline.SlipDraft;
import fi.pyykkinaru.clothesline.Slips;
import fi.pyykkinaru.event.Events;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The child process of {@link KilledServerTest}: the real application, pegging slips one after another and
 * printing {@code ACK <id> <title>} the moment each {@code peg} returns, until it is killed.
 */
public final class PegUntilKilled {

    private PegUntilKilled() {
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(Application.class,
                "--pyykkinaru.data-dir=" + args[0], "--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--pyykkinaru.security.initial-organiser-password=unused-here");
        Slips slips = context.getBean(Slips.class);
        Line line = context.getBean(Lines.class)
                .active(context.getBean(Events.class).current().orElseThrow().id()).getLast();
        System.out.println("READY");
        for (int i = 0; ; i++) {
            String title = "Kestävä lappu " + i;
            Slip slip = slips.peg(line.requireId(), SlipDraft.answer(title, null, null), "crash test");
            System.out.println("ACK " + slip.id() + " " + title);
            System.out.flush();
        }
    }
}

package fi.pyykkinaru.call.jury;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The jury page's templates ({@code src/main/jte/call/jury}), compiled with the app by the jte Maven plugin. */
@Component
class JuryTemplates {

    // Generated into fi.pyykkinaru.call.jury, beside the package-private page models they show.
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html, null, "fi.pyykkinaru");

    String render(String template, Map<String, Object> params) {
        StringOutput html = new StringOutput(16 * 1024);
        engine.render("call/jury/" + template + ".jte", params, html);
        return html.toString();
    }
}

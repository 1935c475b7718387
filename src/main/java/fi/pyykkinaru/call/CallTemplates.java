package fi.pyykkinaru.call;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The call's public pages' templates ({@code src/main/jte/call}), compiled with the app like the phone's: the
 * plugin generates them into this package, so they see its package-private page models.
 */
@Component
class CallTemplates {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html, null, "fi.pyykkinaru");

    String render(String template, Map<String, Object> params) {
        StringOutput html = new StringOutput(16 * 1024);
        engine.render("call/" + template + ".jte", params, html);
        return html.toString();
    }
}

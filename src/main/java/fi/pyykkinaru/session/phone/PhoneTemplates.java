package fi.pyykkinaru.session.phone;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The phone pages' templates ({@code src/main/jte/session/phone}), compiled with the app by the jte Maven plugin: no
 * template is parsed or compiled while the app runs, and every value they show is escaped for where it stands.
 */
@Component
class PhoneTemplates {

    // The plugin generates each template into the package of its folder under fi.pyykkinaru, here
    // fi.pyykkinaru.session.phone, so the templates see this package's package-private types.
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html, null, "fi.pyykkinaru");

    String render(String template, Map<String, Object> params) {
        StringOutput html = new StringOutput(8 * 1024);
        engine.render("session/phone/" + template + ".jte", params, html);
        return html.toString();
    }
}

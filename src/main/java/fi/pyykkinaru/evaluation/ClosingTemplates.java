package fi.pyykkinaru.evaluation;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The general feedback page's templates ({@code src/main/jte/evaluation}), compiled with the app. */
@Component
class ClosingTemplates {

    // Generated into fi.pyykkinaru.evaluation, the folder's package, so the templates see its package-private types.
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html, null, "fi.pyykkinaru");

    String render(String template, Map<String, Object> params) {
        StringOutput html = new StringOutput(8 * 1024);
        engine.render("evaluation/" + template + ".jte", params, html);
        return html.toString();
    }
}

package fi.pyykkinaru;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The house's walls: each direct sub-package of {@code fi.pyykkinaru} is a module, reached only through its
 * API (its root package and named interfaces), with no cycles between modules. The same model is the
 * architecture documentation: written to {@code target/modulith-docs} on every build, and its overview diagram
 * kept in {@code docs/architecture} (README, Architecture), which this test keeps current.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);
    private static final Path GENERATED = Path.of("target/modulith-docs");
    private static final Path COMMITTED = Path.of("docs/architecture");

    @Test
    void modules_have_no_cycles_and_reach_each_other_only_through_their_api() {
        MODULES.verify();
    }

    @Test
    void the_architecture_documentation_is_written_and_the_diagram_in_docs_is_current() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
        String generated = Files.readString(GENERATED.resolve("components.puml"));
        if (Boolean.getBoolean("pyykkinaru.docs.update")) {
            Files.createDirectories(COMMITTED);
            Files.writeString(COMMITTED.resolve("components.puml"), generated);
            render(generated, COMMITTED.resolve("components.svg"));
        }
        // The generator's order of lines is not stable between runs; what the diagram says is.
        assertThat(sortedLines(Files.readString(COMMITTED.resolve("components.puml"))))
                .as("docs/architecture is out of date: ./mvnw test -Dtest=ModularityTests -Dpyykkinaru.docs.update=true")
                .isEqualTo(sortedLines(generated));
    }

    /** Smetana, PlantUML's own layout engine, so that no Graphviz is needed. */
    private static void render(String plantUml, Path svg) throws IOException {
        String source = plantUml.replaceFirst("@startuml", "@startuml\n!pragma layout smetana");
        try (var out = Files.newOutputStream(svg)) {
            new SourceStringReader(source).outputImage(out, new FileFormatOption(FileFormat.SVG));
        }
    }

    private static List<String> sortedLines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).sorted().toList();
    }
}

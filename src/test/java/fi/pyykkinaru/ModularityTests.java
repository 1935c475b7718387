package fi.pyykkinaru;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The house's walls: each direct sub-package of {@code fi.pyykkinaru} is a module, reached only through its
 * API (its root package and named interfaces), with no cycles between modules. The same model is written out
 * as the architecture documentation (README, Architecture).
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modules_have_no_cycles_and_reach_each_other_only_through_their_api() {
        MODULES.verify();
    }

    @Test
    void the_architecture_documentation_is_written() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
    }
}

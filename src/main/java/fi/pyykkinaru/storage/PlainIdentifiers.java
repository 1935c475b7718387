package fi.pyykkinaru.storage;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;

/**
 * The migrations use plain SQL identifiers, which HSQLDB folds to upper case and PostgreSQL to lower case.
 * Spring Data JDBC quotes identifiers by default, and a quoted lower-case name then misses HSQLDB's tables, so
 * quoting is turned off before the mapping context reads the aggregates. Spring Boot has no property for it.
 */
@Configuration(proxyBeanMethods = false)
class PlainIdentifiers {

    @Bean
    static BeanPostProcessor unquotedIdentifiers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcMappingContext context) {
                    context.setForceQuote(false);
                }
                return bean;
            }
        };
    }
}

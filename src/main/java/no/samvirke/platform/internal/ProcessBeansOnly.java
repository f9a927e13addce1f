package no.samvirke.platform.internal;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.samvirke.platform.ProcessBean;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * BPMN expressions resolve only beans marked {@link ProcessBean}: with {@code beans} set, Camunda's
 * Spring expression manager reads that map instead of the whole application context (ADR 0020).
 * The map looks beans up when an expression asks, so the engine is built before the delegates
 * (which need the engine's services) exist.
 */
@Component
class ProcessBeansOnly extends AbstractProcessEnginePlugin implements BeanFactoryAware {

    private ConfigurableListableBeanFactory beanFactory;

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = (ConfigurableListableBeanFactory) beanFactory;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setBeans(new ProcessBeans(beanFactory));
        // an expression manager made earlier would still see the whole context
        configuration.setExpressionManager(null);
    }

    /** Read-only: the names of the marked beans, each bean fetched when an expression uses it. */
    static final class ProcessBeans extends AbstractMap<Object, Object> {

        private final ConfigurableListableBeanFactory beanFactory;
        private volatile Set<String> names;

        ProcessBeans(ConfigurableListableBeanFactory beanFactory) {
            this.beanFactory = beanFactory;
        }

        Set<String> names() {
            if (names == null) {
                names = Arrays.stream(beanFactory.getBeanDefinitionNames())
                        .filter(name -> beanFactory.findAnnotationOnBean(name, ProcessBean.class, false) != null)
                        .collect(Collectors.toUnmodifiableSet());
            }
            return names;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String name && names().contains(name);
        }

        @Override
        public Object get(Object key) {
            return containsKey(key) ? beanFactory.getBean((String) key) : null;
        }

        @Override
        public Set<Map.Entry<Object, Object>> entrySet() {
            return names().stream()
                    .map(name -> (Map.Entry<Object, Object>) new SimpleImmutableEntry<Object, Object>(name, get(name)))
                    .collect(Collectors.toUnmodifiableSet());
        }
    }
}

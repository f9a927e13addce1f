package no.samvirke.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.core.io.ClassPathResource;

/**
 * The shipped configuration (issue 11, path 13; ADR 0022): Tomcat's RemoteIpValve is on, and by
 * default only loopback and private addresses count as proxies whose X-Forwarded-* are believed.
 * {@code ForwardedHeadersTest} shows the valve at work over a real port.
 */
class DefaultTrustedProxiesTest {

    @Test
    void forwardedHeadersAreHonouredOnlyFromLoopbackAndPrivateAddressesByDefault() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties shipped = yaml.getObject();
        assertThat(shipped.getProperty("server.forward-headers-strategy")).isEqualTo("native");
        assertThat(shipped.getProperty("server.tomcat.remoteip.protocol-header")).isEqualTo("X-Forwarded-Proto");
        assertThat(shipped.stringPropertyNames()).noneMatch(k -> k.startsWith("server.tomcat.remoteip.internal-proxies")
                || k.startsWith("server.tomcat.remoteip.trusted-proxies"));

        Pattern trusted = Pattern.compile(new ServerProperties().getTomcat().getRemoteip().getInternalProxies());
        assertThat(trusted.matcher("127.0.0.1").matches()).isTrue();
        assertThat(trusted.matcher("10.0.3.7").matches()).isTrue();
        assertThat(trusted.matcher("172.20.0.2").matches()).isTrue();
        assertThat(trusted.matcher("192.168.1.10").matches()).isTrue();
        assertThat(trusted.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
        for (String outside : new String[] {"203.0.113.9", "198.51.100.7", "8.8.8.8", "172.32.0.1", "2001:db8::1"}) {
            assertThat(trusted.matcher(outside).matches()).as(outside).isFalse();
        }
    }
}

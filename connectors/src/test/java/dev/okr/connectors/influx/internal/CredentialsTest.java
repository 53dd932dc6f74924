package dev.okr.connectors.influx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CredentialsTest {

    @Test
    void sendsAUserAndPasswordAsBasicAuthentication() {
        Credentials credentials = Credentials.userPassword("okr", "s3cret");

        assertThat(credentials.authorization()).hasValue("Basic b2tyOnMzY3JldA==");
        assertThat(credentials.describe()).isEqualTo("user \"okr\" and a password");
        assertThat(credentials.toString()).doesNotContain("s3cret");
    }

    @Test
    void sendsAnApiTokenInTheTokenScheme() {
        Credentials credentials = Credentials.token("tok-123");

        assertThat(credentials.authorization()).hasValue("Token tok-123");
        assertThat(credentials + " " + credentials.describe()).doesNotContain("tok-123");
    }

    @Test
    void sendsNothingWithoutCredentials() {
        assertThat(Credentials.none().authorization()).isEmpty();
    }
}

package org.offerbridge.platform.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeyFormatTest {
    private static final String ID = "AbCdEfGh12345678";
    private static final String SECRET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ-_01234"; // 43 chars

    @Test
    void formatProducesPrefixedKey() {
        assertEquals("obk_" + ID + "_" + SECRET, ApiKeyFormat.format(ID, SECRET));
    }

    @Test
    void formatAndParseRoundTrip() {
        Optional<ApiKeyFormat.Parsed> parsed = ApiKeyFormat.parse(ApiKeyFormat.format(ID, SECRET));
        assertEquals(Optional.of(new ApiKeyFormat.Parsed(ID, SECRET)), parsed);
    }

    @Test
    void generatedIdsAndSecretsRoundTrip() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String id = ApiKeyFormat.newId();
            String secret = ApiKeyFormat.newSecret();
            assertTrue(id.matches("[A-Za-z0-9]{16}"), id);
            assertEquals(43, secret.length());
            assertTrue(ids.add(id), "duplicate id");
            assertEquals(Optional.of(new ApiKeyFormat.Parsed(id, secret)),
                    ApiKeyFormat.parse(ApiKeyFormat.format(id, secret)));
        }
    }

    @Test
    void secretMayContainUnderscoresWithoutConfusingTheIdSplit() {
        String secret = "_".repeat(20) + "-".repeat(3) + "a".repeat(20);
        assertEquals(Optional.of(new ApiKeyFormat.Parsed(ID, secret)),
                ApiKeyFormat.parse(ApiKeyFormat.format(ID, secret)));
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        assertEquals(Optional.of(new ApiKeyFormat.Parsed(ID, SECRET)),
                ApiKeyFormat.parse("  " + ApiKeyFormat.format(ID, SECRET) + "\n"));
    }

    @Test
    void nullIsRejected() {
        assertEquals(Optional.empty(), ApiKeyFormat.parse(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "obk_",
            // wrong prefix
            "obx_AbCdEfGh12345678_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ-_01234",
            "OBK_AbCdEfGh12345678_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ-_01234",
            "AbCdEfGh12345678_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ-_01234",
            "xobk_AbCdEfGh12345678_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ-_01234",
            // id length 15 / 17
            "obk_AbCdEfGh1234567_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ-_01234",
            "obk_AbCdEfGh123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ-_01234",
            // secret length 42 / 44
            "obk_AbCdEfGh12345678_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ-_0123",
            "obk_AbCdEfGh12345678_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ-_012345",
            // illegal characters in id (only alphanumerics allowed)
            "obk_AbCdEfGh-2345678_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ-_01234",
            "obk_AbCdEfGh_2345678_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ-_01234",
            // illegal characters in secret (standard base64 / padding / space)
            "obk_AbCdEfGh12345678_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ+/01234",
            "obk_AbCdEfGh12345678_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ-_0123=",
            "obk_AbCdEfGh12345678_abcdefghijklmnopqrstuvwxyz ABCDEFGHI-_01234",
            "obk_AbCdEfGh12345678_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ-_0123\u00e9",
            // missing separator
            "obk_AbCdEfGh12345678abcdefghijklmnopqrstuvwxyzABCDEFGHIJ-_01234",
    })
    void malformedKeysAreRejected(String key) {
        assertEquals(Optional.empty(), ApiKeyFormat.parse(key));
    }
}

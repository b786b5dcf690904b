package cn.gongguan.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.reference.IdNumber;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.PersonFixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The person index's key: long enough, versioned, and the hash it gives depends on the key, not on the number only. */
class PersonIndexKeyTest {

    private static final String SECRET = "an-index-key-of-at-least-32-characters";

    @Test
    void aShortKeyOrAVersionOutOfRangeRefusesTheStartNamingTheSetting() {
        assertThatThrownBy(() -> new PersonIndexKey("only-31-characters-long-secret!", 1))
                .hasMessageContaining("GONGGUAN_INDEX_KEY").hasMessageContaining("at least 32");
        assertThatThrownBy(() -> new PersonIndexKey(SECRET, 0)).hasMessageContaining("GONGGUAN_INDEX_KEY_VERSION");
    }

    @Test
    void theHashIs32BytesTheSameForTheSameNumberAndOtherUnderAnotherKey() {
        IdNumber number = new IdNumber(PersonFixtures.newIdNumber(LocalDate.of(1990, 1, 2), Sex.FEMALE));
        PersonIndexKey key = new PersonIndexKey(SECRET, 1);
        assertThat(key.hash(number)).hasSize(32).isEqualTo(new PersonIndexKey(SECRET, 2).hash(number));
        assertThat(key.hash(number)).isNotEqualTo(new PersonIndexKey(SECRET + "-rotated", 2).hash(number));
        assertThat(new PersonIndexKey(SECRET, 7).version()).isEqualTo((short) 7);
    }
}

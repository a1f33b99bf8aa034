package dk.careledger.commandside.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

class AggregatcacheTest {

    @Test
    void theLeastRecentlyUsedAggregateGoesWhenTheCacheIsFull() {
        Aggregatcache cache = new Aggregatcache(2);
        cache.put("a", 1);
        cache.put("b", 2);
        cache.get("a");

        cache.put("c", 3);

        assertThat(cache.containsKey("a")).isTrue();
        assertThat(cache.containsKey("b")).as("least recently used").isFalse();
        assertThat(cache.containsKey("c")).isTrue();
        assertThat(cache.antal()).isEqualTo(2);
    }

    @Test
    void listenersHearOfCreationUpdateReadRemovalAndExpiry() {
        Aggregatcache cache = new Aggregatcache(1);
        List<String> hoert = new ArrayList<>();
        cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryCreated(Object key, Object value) {
                hoert.add("created " + key);
            }

            @Override
            public void onEntryUpdated(Object key, Object value) {
                hoert.add("updated " + key);
            }

            @Override
            public void onEntryRead(Object key, Object value) {
                hoert.add("read " + key);
            }

            @Override
            public void onEntryRemoved(Object key) {
                hoert.add("removed " + key);
            }

            @Override
            public void onEntryExpired(Object key) {
                hoert.add("expired " + key);
            }
        });

        cache.put("a", 1);
        cache.put("a", 2);
        cache.get("a");
        cache.put("b", 3);
        cache.remove("b");

        assertThat(hoert).containsExactly("created a", "updated a", "read a", "expired a", "created b", "removed b");
    }

    @Test
    void putIfAbsentComputeAndRemoveAllBehaveAsAxonsCacheContractSays() {
        Aggregatcache cache = new Aggregatcache(10);

        assertThat(cache.putIfAbsent("a", 1)).isTrue();
        assertThat(cache.putIfAbsent("a", 2)).isFalse();
        assertThat((Integer) cache.computeIfAbsent("b", () -> 5)).isEqualTo(5);
        cache.<Integer>computeIfPresent("b", v -> v + 1);
        cache.<Integer>computeIfPresent("x", v -> 99);
        assertThat((Integer) cache.get("a")).isEqualTo(1);
        assertThat((Integer) cache.get("b")).isEqualTo(6);
        assertThat(cache.containsKey("x")).isFalse();

        cache.removeAll();

        assertThat(cache.antal()).isZero();
        assertThat(cache.remove("a")).isFalse();
    }

    @Test
    void aCacheWithoutRoomIsRefused() {
        assertThatThrownBy(() -> new Aggregatcache(0)).isInstanceOf(IllegalArgumentException.class);
    }
}

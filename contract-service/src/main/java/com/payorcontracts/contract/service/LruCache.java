package com.payorcontracts.contract.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A small thread-safe least-recently-used cache. A value is computed outside the lock, so a slow
 * load (a 20,000-line schedule) never blocks readers of other keys; two threads missing the same
 * key at once may both compute it, which is harmless for immutable values.
 */
final class LruCache<K, V> {

    private final Map<K, V> entries;

    LruCache(int capacity) {
        this.entries = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    V get(K key, Supplier<V> load) {
        synchronized (entries) {
            V value = entries.get(key);
            if (value != null) {
                return value;
            }
        }
        V value = load.get();
        synchronized (entries) {
            entries.put(key, value);
        }
        return value;
    }
}

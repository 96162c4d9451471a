package org.rapport.nlp;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Values by key, the least recently used dropped beyond a capacity; safe between threads. What the engine keeps
 * from one call to the next (sentence vectors, client lines read ahead, suggestions scored ahead) stays bounded.
 */
public final class RecentlyUsed<K, V> {

    private final Map<K, V> values;

    public RecentlyUsed(int capacity) {
        this.values = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value kept for {@code key}, or null. */
    public synchronized V get(K key) {
        return values.get(key);
    }

    public synchronized void put(K key, V value) {
        values.put(key, value);
    }

    public synchronized void clear() {
        values.clear();
    }

    public synchronized int size() {
        return values.size();
    }
}

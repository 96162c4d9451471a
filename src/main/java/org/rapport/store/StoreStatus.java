package org.rapport.store;

import java.util.Map;

/**
 * What the store is and who is using it: vendor, URL (without secrets), the database login and its
 * standing (owner, trainee, supervisor, or the embedded single user), the schema version and how many
 * records this login can see.
 */
public record StoreStatus(Vendor vendor, String url, String login, String standing, String schemaVersion,
        Map<String, Long> visibleRecords, String access) {
}

package org.casedesk.open311;

import java.io.Serializable;

/**
 * A node of the address tree an API client may give as {@code address_id}, with its full path (社区
 * 网格 楼院 单元·室).
 */
public record AddressItem(long id, String kind, String name, String path, Long parentId)
    implements Serializable {}

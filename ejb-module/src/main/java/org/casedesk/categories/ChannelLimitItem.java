package org.casedesk.categories;

import java.io.Serializable;

/** A category's own time limit for one channel. */
public record ChannelLimitItem(Channel channel, TimeLimit limit) implements Serializable {}

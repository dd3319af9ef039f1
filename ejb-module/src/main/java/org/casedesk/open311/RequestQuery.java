package org.casedesk.open311;

import java.io.Serializable;
import java.util.List;

/**
 * The filters of GET requests as sent (strings, checked by the service): ids, service_code,
 * start_date, end_date, status, the page/page_size extension and extensions=true.
 */
public record RequestQuery(
    List<String> ids,
    String serviceCode,
    String startDate,
    String endDate,
    String status,
    String page,
    String pageSize,
    boolean extensions)
    implements Serializable {}

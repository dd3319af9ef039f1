package org.casedesk.web.open311;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.casedesk.categories.Channel;
import org.casedesk.open311.ApiClientItem;
import org.casedesk.open311.ApiClientService;
import org.casedesk.open311.IssuedKey;
import org.casedesk.open311.NewApiClient;
import org.casedesk.web.shared.Messages;

/** ADMIN's Open311 API clients: create one (its key is shown once), revoke. */
@Named
@ViewScoped
public class ApiClientsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The channels an API client can bring cases in by. */
  private static final List<Channel> CHANNELS = List.of(Channel.HOTLINE_12345, Channel.ONLINE);

  @Inject private transient ApiClientService service;

  private List<ApiClientItem> clients;
  private String name;
  private Channel channel = Channel.HOTLINE_12345;
  private int ratePerMinute = 600;
  private String issuedKey;

  @PostConstruct
  void init() {
    clients = service.clients();
  }

  public void create() {
    IssuedKey[] issued = new IssuedKey[1];
    if (Messages.attempt(
        () -> issued[0] = service.create(new NewApiClient(name, channel, ratePerMinute)))) {
      issuedKey = issued[0].key();
      Messages.info("apiClients.created");
      name = null;
      clients = service.clients();
    }
  }

  public void revoke(long clientId) {
    if (Messages.attempt(() -> service.revoke(clientId))) {
      Messages.info("apiClients.revoked");
      clients = service.clients();
    }
  }

  public List<ApiClientItem> getClients() {
    return clients;
  }

  public List<Channel> getChannels() {
    return CHANNELS;
  }

  public String getIssuedKey() {
    return issuedKey;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public int getRatePerMinute() {
    return ratePerMinute;
  }

  public void setRatePerMinute(int ratePerMinute) {
    this.ratePerMinute = ratePerMinute;
  }
}

package org.casedesk.web.cases;

import java.io.Serializable;

/** One row of the suggestion-box grid as the help desk types it, with its error if refused. */
public class SlipRow implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A flat or a public place of the station's community. */
  private Long locationId;

  private Long categoryId;
  private String description;
  private String name;
  private String phone;
  private String error;

  /** A row the help desk left empty is not a slip. */
  public boolean isBlank() {
    return locationId == null
        && categoryId == null
        && isEmpty(description)
        && isEmpty(name)
        && isEmpty(phone);
  }

  private static boolean isEmpty(String s) {
    return s == null || s.isBlank();
  }

  public boolean isAnonymous() {
    return isEmpty(name);
  }

  public Long getLocationId() {
    return locationId;
  }

  public void setLocationId(Long locationId) {
    this.locationId = locationId;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getError() {
    return error;
  }

  public void setError(String error) {
    this.error = error;
  }
}

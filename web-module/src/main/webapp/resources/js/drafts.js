// Nothing a user types is lost. The texts typed on a page (text fields and text areas
// whose value differs from what the server rendered) are kept in the tab's sessionStorage
//  - when the language is switched (the page reloads in the other language), and
//  - during every ajax request, kept only if the answer leaves the page: the login page (the
//    session had expired) or the expired page; after logging in again the same page gets them back.
// Kept texts go back into the page's empty fields when it loads again. A page with typed texts
// that is left any other way (a link, closing the tab) asks first.
(function () {
  var PREFIX = 'casedesk.draft:';
  var submittedAt = 0;

  function key() {
    return PREFIX + location.pathname + location.search;
  }

  // Typed fields of the page's own forms; not the header, not PrimeFaces' widget inputs
  // (date pickers, autocomplete, filters end in _input or _filter).
  function typedFields() {
    var fields = document.querySelectorAll('main form textarea, main form input[type=text]');
    return Array.prototype.filter.call(fields, function (f) {
      return f.id && !/_(input|filter|focus)$/.test(f.id) && !f.disabled && !f.readOnly
        && f.value !== f.defaultValue;
    });
  }

  function keep() {
    var draft = {};
    typedFields().forEach(function (f) {
      draft[f.id] = f.value;
    });
    if (Object.keys(draft).length > 0) {
      sessionStorage.setItem(key(), JSON.stringify(draft));
    }
  }

  function restore() {
    var text = sessionStorage.getItem(key());
    if (!text) {
      return;
    }
    sessionStorage.removeItem(key());
    var draft = JSON.parse(text);
    Object.keys(draft).forEach(function (id) {
      var field = document.getElementById(id);
      if (field && field.value === '') {
        field.value = draft[id];
      }
    });
  }

  // Did this ajax answer take the user away from the page (to log in again, or to the expired
  // page that replaces the whole view)?
  function leavesPage(xhr) {
    if (xhr && xhr.getResponseHeader && xhr.getResponseHeader('X-CaseDesk-Login')) {
      return true; // the session had expired: sent back here through the login (AjaxLoginRedirectFilter)
    }
    var xml = xhr && xhr.responseXML;
    if (!xml || xml.getElementsByTagName('partial-response').length === 0) {
      return true;
    }
    var redirect = xml.getElementsByTagName('redirect')[0];
    if (redirect) {
      return /login\.xhtml/.test(redirect.getAttribute('url') || '');
    }
    return Array.prototype.some.call(xml.getElementsByTagName('update'), function (u) {
      return /ViewRoot$/.test(u.getAttribute('id') || '');
    });
  }

  // A whole page instead of an ajax answer: the session had expired and the request was
  // redirected to the login page (which jQuery may even read as XML).
  function answeredWithAPage(xhr) {
    if (!xhr || xhr.status !== 200) {
      return false;
    }
    var xml = xhr.responseXML;
    return !(xml && xml.getElementsByTagName('partial-response').length > 0);
  }

  // Opens this page again: it asks for the login, comes back here and gets the kept texts back.
  function reopen() {
    submittedAt = Date.now();
    location.reload();
  }

  document.addEventListener('DOMContentLoaded', function () {
    restore();
    ['headerForm:langZh', 'headerForm:langEn'].forEach(function (id) {
      var link = document.getElementById(id);
      if (link) {
        link.addEventListener('click', function () {
          keep();
          submittedAt = Date.now();
        }, true);
      }
    });
    if (window.jQuery) {
      jQuery(document).on('pfAjaxSend', function () {
        keep();
      });
      jQuery(document).on('pfAjaxComplete', function (event, xhr) {
        if (!xhr || !xhr.getResponseHeader) {
          return; // after a failed request PrimeFaces passes the error here, not the request
        }
        if (!leavesPage(xhr)) {
          sessionStorage.removeItem(key());
        } else if (answeredWithAPage(xhr)) {
          reopen();
        }
      });
      jQuery(document).on('pfAjaxError', function (event, xhr) {
        if (answeredWithAPage(xhr)) {
          reopen();
        }
      });
    }
  });

  // A button or command link inside one of the page's forms sends what was typed: no question.
  document.addEventListener('click', function (event) {
    var target = event.target.closest && event.target.closest('main form button, main form a[onclick], main form input[type=submit]');
    if (target) {
      submittedAt = Date.now();
    }
  }, true);

  window.addEventListener('beforeunload', function (event) {
    if (Date.now() - submittedAt < 2000 || typedFields().length === 0) {
      return undefined;
    }
    event.preventDefault();
    event.returnValue = '';
    return '';
  });
})();

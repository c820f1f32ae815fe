// CT Hub's only script besides htmx. No inline scripts anywhere: the content security policy forbids them.
(function () {
  'use strict';
  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }
  // htmx requests carry the CSRF token in a header, as forms carry it in a hidden field.
  document.addEventListener('htmx:configRequest', function (event) {
    var header = meta('csrf-header');
    var token = meta('csrf-token');
    if (header && token) {
      event.detail.headers[header] = token;
    }
  });
  // Buttons that do something hard to undo ask first: data-confirm holds the question, already translated.
  document.addEventListener('click', function (event) {
    var target = event.target.closest('[data-confirm]');
    if (target && !window.confirm(target.getAttribute('data-confirm'))) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);
  // The error summary takes focus, so that screen-reader users hear what went wrong first.
  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.querySelector('.error-summary[tabindex]');
    if (summary) {
      summary.focus();
    }
  });
}());

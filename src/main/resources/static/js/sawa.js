// Progressive enhancement only: every page works without this file.
// htmx requests carry the CSRF token that the page's meta tags hold.
document.addEventListener('htmx:configRequest', function (event) {
  var header = document.querySelector('meta[name="csrf-header"]');
  var token = document.querySelector('meta[name="csrf-token"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});

// On a wide screen the menu starts open (a band under the bar); on a phone it stays a button.
document.addEventListener('DOMContentLoaded', function () {
  var menu = document.querySelector('details.menu');
  if (menu && window.matchMedia('(min-width: 64rem)').matches) {
    menu.open = true;
  }
});

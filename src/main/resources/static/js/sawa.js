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

// A participatory budget's ballot within the envelope: what the ticked projects cost, beside the
// envelope, as she ticks; the server checks the sum again when the ballot is sent.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.querySelector('form[data-envelope]');
  var total = document.getElementById('ballot-total');
  if (!form || !total) {
    return;
  }
  var lang = document.documentElement.lang;
  var format = new Intl.NumberFormat(lang === 'en' ? 'en' : lang === 'ar' ? 'ar-MA-u-nu-latn' : 'fr-MA');
  var envelope = Number(form.dataset.envelope);
  function update() {
    var sum = 0;
    form.querySelectorAll('input[data-cost]:checked').forEach(function (box) {
      sum += Number(box.dataset.cost);
    });
    var text = total.dataset.template.replace('%s', format.format(sum)).replace('%e', format.format(envelope));
    total.textContent = sum > envelope ? text + ' ' + total.dataset.over : text;
    total.classList.toggle('flag', sum > envelope);
  }
  form.addEventListener('change', update);
  total.hidden = false;
  update();
});

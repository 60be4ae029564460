// 首页飘窗 —— 上海市示例区人民政府门户网站
(function () {
  var ad = document.getElementById("piaochuang");
  if (!ad) { return; }
  var x = 50, y = 60;
  var step = 1, delay = 20;
  var statusX = 1, statusY = 1; // 1: 向右/向下  0: 向左/向上
  var timer = null;

  function floatAd() {
    var L = 0, T = 0;
    var R = document.documentElement.clientWidth - ad.offsetWidth;
    var B = document.documentElement.clientHeight - ad.offsetHeight;
    ad.style.left = x + (document.documentElement.scrollLeft || document.body.scrollLeft) + "px";
    ad.style.top = y + (document.documentElement.scrollTop || document.body.scrollTop) + "px";
    x = x + step * (statusX ? 1 : -1);
    if (x < L) { statusX = 1; x = L; }
    if (x > R) { statusX = 0; x = R; }
    y = y + step * (statusY ? 1 : -1);
    if (y < T) { statusY = 1; y = T; }
    if (y > B) { statusY = 0; y = B; }
  }

  timer = setInterval(floatAd, delay);
  ad.onmouseover = function () { clearInterval(timer); };
  ad.onmouseout = function () { timer = setInterval(floatAd, delay); };
})();

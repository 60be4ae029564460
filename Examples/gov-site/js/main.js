// 公共脚本 —— 上海市示例区人民政府门户网站
function showDate(id) {
  var el = document.getElementById(id);
  if (!el) { return; }
  var d = new Date();
  var week = ["日", "一", "二", "三", "四", "五", "六"];
  el.innerHTML = d.getFullYear() + "年" + (d.getMonth() + 1) + "月" + d.getDate() + "日 星期" + week[d.getDay()];
}

function changeFontSize(size) {
  var con = document.getElementById("zoom");
  if (con) { con.style.fontSize = size + "px"; }
}

function refreshYzm() {
  var img = document.getElementById("yzmImg");
  if (img) { img.src = "/servlet/ValidateCodeImage?t=" + new Date().getTime(); }
}

function doPrint() { window.print(); }

function closeWindow() {
  if (confirm("您确定要关闭本页吗？")) { window.opener = null; window.close(); }
}

window.onload = function () {
  showDate("topDate");
};

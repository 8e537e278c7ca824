// The comment form, improved by a few lines of its own script (reader pages carry no
// framework script): sent in the background, the answer's field errors shown in place, so
// nothing typed or chosen (files included) is lost; the receipt on success. Without a
// script the browser posts the form itself and the server answers with redirects.
export const RESPONSE_FORM_SCRIPT = `(function(){
var f=document.querySelector('form[data-response-form]');if(!f||!window.fetch||!window.FormData)return;
var s=document.getElementById('trang-thai-gui'),b=f.querySelector('[type=submit]'),busy=false;
var c=f.elements.content,n=document.getElementById('dem-ky-tu');
function count(){if(n&&c)n.textContent=c.value.length.toLocaleString('vi-VN')+'/5.000 ký tự';}
if(c){c.addEventListener('input',count);count();}
f.addEventListener('submit',function(e){
e.preventDefault();if(busy)return;busy=true;b.disabled=true;b.setAttribute('aria-busy','true');
s.hidden=false;s.textContent='Đang gửi góp ý…';
fetch(f.action,{method:'POST',body:new FormData(f),headers:{Accept:'application/json'},credentials:'same-origin'})
.then(function(r){return r.json().catch(function(){return{ok:false,error:'Góp ý chưa gửi được (mã '+r.status+'); nội dung vẫn còn trên trang, vui lòng thử lại.'};});})
.then(function(d){
if(d.ok){location.assign(d.location);return;}
Array.prototype.forEach.call(f.querySelectorAll('[data-error-for]'),function(p){p.textContent='';p.hidden=true;});
Array.prototype.forEach.call(f.querySelectorAll('[aria-invalid]'),function(i){i.removeAttribute('aria-invalid');});
var fe=d.fieldErrors||{},first=null;
Object.keys(fe).forEach(function(k){var p=f.querySelector('[data-error-for="'+k+'"]');if(p){p.textContent=fe[k].join(' ');p.hidden=false;}var i=f.elements[k];if(i&&i.setAttribute){i.setAttribute('aria-invalid','true');if(!first)first=i;}});
s.textContent=d.error;(first||s).focus();busy=false;b.disabled=false;b.removeAttribute('aria-busy');
})
.catch(function(){s.textContent='Không kết nối được máy chủ; góp ý chưa được gửi, nội dung vẫn còn trên trang. Vui lòng thử lại.';s.focus();busy=false;b.disabled=false;b.removeAttribute('aria-busy');});
});
})();`;

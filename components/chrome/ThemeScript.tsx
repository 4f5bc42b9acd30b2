// Runs before the first paint, so a reader who chose a theme or text size never sees
// the other one flash, and a reader whose browser asks to save data sees the offer of
// the lite edition (components/chrome/LiteOffer) from the start. Inline and tiny: it blocks
// nothing on the network. After the page has loaded it registers the service worker
// (lib/offline/sw.ts); the first time, it tells the worker which page it loaded before the
// worker existed, so that page too opens offline.
const code = `try{var d=document.documentElement,s=localStorage,n=navigator,c=n.connection,t=s.getItem('sahifa-theme'),z=s.getItem('sahifa-text'),h=s.getItem('sahifa-hijri');if(t==='light'||t==='dark')d.dataset.theme=t;if(z)d.dataset.textSize=z;if(h==='on')d.dataset.hijri='on';if((c&&c.saveData||/(^|; )sahifa_sd=1/.test(document.cookie))&&s.getItem('sahifa-lite-offer')!=='no')d.dataset.saveData='on'}catch(e){}
document.addEventListener('click',function(e){if(e.target.closest&&e.target.closest('[data-lite-offer-dismiss]')){delete document.documentElement.dataset.saveData;try{localStorage.setItem('sahifa-lite-offer','no')}catch(e){}}});
if('serviceWorker'in navigator)addEventListener('load',function(){var w=navigator.serviceWorker,f=!w.controller;w.register('/serwist/sw.js',{scope:'/'}).then(function(){return f&&w.ready}).then(function(r){r&&r.active&&r.active.postMessage({type:'sahifa:keep',url:location.pathname,images:[].map.call(document.images,function(i){return i.currentSrc}).filter(Boolean)})}).catch(function(){})});`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: code }} />;
}

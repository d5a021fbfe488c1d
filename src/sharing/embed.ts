/** Tells the page that frames this embed how tall it is, so a host that listens can size the iframe. */
if (window.parent !== window) {
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.documentElement.scrollHeight);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: "fcna-embed-height", height, href: location.href }, "*");
  };
  new ResizeObserver(post).observe(document.documentElement);
}
